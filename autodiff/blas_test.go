package autodiff

import (
	"testing"

	"gonum.org/v1/gonum/blas/blas64"
)

// TestBLASImplementation names the BLAS in use, so a log shows which build
// ran the tests; the results of every other test must not depend on it.
func TestBLASImplementation(t *testing.T) {
	t.Logf("BLAS implementation: %T", blas64.Implementation())
}
