//go:build openblas

package autodiff

// wantBLAS is the BLAS the openblas build uses: OpenBLAS through netlib.
const wantBLAS = "netlib.Implementation"
