//go:build !openblas

package autodiff

// blasName names the default build's BLAS: gonum's, in Go and assembly.
func blasName() string { return "pure Go (gonum)" }
