package autodiff

import (
	"fmt"
	"testing"

	"gonum.org/v1/gonum/blas/blas64"
)

// TestBLASImplementation checks that the build's BLAS is the one in use:
// OpenBLAS through netlib with the openblas tag, gonum's pure Go without.
// The results of every other test must not depend on it.
func TestBLASImplementation(t *testing.T) {
	got := fmt.Sprintf("%T", blas64.Implementation())
	t.Logf("BLAS implementation: %s", got)
	if got != wantBLAS {
		t.Errorf("BLAS implementation: got %s, want %s", got, wantBLAS)
	}
}
