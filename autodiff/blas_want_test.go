//go:build !openblas

package autodiff

// wantBLAS is the BLAS the default build uses: gonum's pure Go.
const wantBLAS = "gonum.Implementation"
