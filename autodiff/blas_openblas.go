//go:build openblas

package autodiff

// #cgo LDFLAGS: -lopenblas
// extern char *openblas_get_config(void);
// extern char *openblas_get_corename(void);
// extern int openblas_get_num_threads(void);
import "C"

import (
	"fmt"
	"strings"

	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/netlib/blas/netlib"
)

// With the openblas build tag, every gonum matrix product - autodiff's and
// the cells' own - runs in OpenBLAS (Debian: libopenblas-dev), through
// gonum's netlib bindings: about 4x faster than pure Go for the
// assignment's 500x3073 by 3073x10 products. `make build` sets the tag when
// install/blas.sh finds OpenBLAS; without it the build stays pure Go and
// needs no C toolchain.
func init() {
	blas64.Use(netlib.Implementation{})
}

// blasName reads OpenBLAS's own description of itself: its version (the
// first word of the config after "OpenBLAS"), the CPU kernel it chose and
// the threads it runs, which OPENBLAS_NUM_THREADS sets when the process
// starts.
func blasName() string {
	version := "OpenBLAS"
	if f := strings.Fields(C.GoString(C.openblas_get_config())); len(f) >= 2 && f[0] == "OpenBLAS" {
		version += " " + f[1]
	}
	threads := int(C.openblas_get_num_threads())
	plural := "s"
	if threads == 1 {
		plural = ""
	}
	return fmt.Sprintf("%s (%s, %d thread%s)", version, C.GoString(C.openblas_get_corename()), threads, plural)
}
