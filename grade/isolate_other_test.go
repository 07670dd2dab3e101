//go:build !linux

package grade

import (
	"errors"
	"strings"
	"testing"
)

// Outside Linux there is no isolation: RequireAll refuses, says why and
// what to do.
func TestRequireAllOutsideLinux(t *testing.T) {
	err := RequireAll(nil)
	if !errors.Is(err, ErrIsolation) || !strings.Contains(err.Error(), "Linux-only") || !strings.Contains(err.Error(), "--require-isolation=false") {
		t.Errorf("got %v, want ErrIsolation saying isolation is Linux-only and how to grade unconfined", err)
	}
}
