package mirror

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"reflect"
	"testing"
)

type QueryErr struct {
	Query string
	Err   error
}

func (e *QueryErr) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryErr) Unwrap() error { return e.Err }

type KindErr struct{ Kind int }

func (e *KindErr) Error() string { return fmt.Sprint("kind ", e.Kind) }
func (e *KindErr) Is(target error) bool {
	t, ok := target.(*KindErr)
	return ok && t.Kind == e.Kind
}

// errStandIn returns the stand-in of a compiled error of this package's
// types, as a lowered %w argument is.
func errStandIn(m *mirror, err error) error {
	return &ErrorValue{m.standIn(err).(*Value)}
}

// TestErrorsLikeGo compares errors.Is, As and Unwrap on compiled errors
// with ErrorsIs, ErrorsAs and ErrorsUnwrap on their stand-ins.
func TestErrorsLikeGo(t *testing.T) {
	m := newMirror(&QueryErr{}, &KindErr{})
	q := &QueryErr{"x3", io.EOF}
	k := &KindErr{2}

	goChain := fmt.Errorf("run: %w", q)
	chain := fmt.Errorf("run: %w", errStandIn(m, q))
	if got, want := chain.Error(), goChain.Error(); got != want {
		t.Errorf("message: got %q, want %q", got, want)
	}
	if got, want := ErrorsIs(chain, io.EOF), errors.Is(goChain, io.EOF); got != want {
		t.Errorf("Is through a cell's Unwrap: got %v, want %v", got, want)
	}
	if got, want := ErrorsIs(chain, io.ErrUnexpectedEOF), errors.Is(goChain, io.ErrUnexpectedEOF); got != want {
		t.Errorf("Is of another error: got %v, want %v", got, want)
	}

	goKinds := errors.Join(errors.New("a"), k)
	kinds := errors.Join(errors.New("a"), errStandIn(m, k))
	for _, target := range []*KindErr{{2}, {3}} {
		if got, want := ErrorsIs(kinds, errStandIn(m, target)), errors.Is(goKinds, target); got != want {
			t.Errorf("Is(%v) with a cell's Is method: got %v, want %v", target, got, want)
		}
	}

	var set string
	found := ErrorsAs(chain, new(*QueryErr), func(target any, name string, raw any) bool {
		set = name
		return name == "*mirror.QueryErr"
	})
	var goQ *QueryErr
	if want := errors.As(goChain, &goQ); found != want || set != "*mirror.QueryErr" {
		t.Errorf("As: got %v (type %q), want %v", found, set, want)
	}
	var pe *fs.PathError
	if ErrorsAs(chain, &pe, nil) {
		t.Errorf("As into a compiled type no error in the chain has: got true")
	}

	name, raw := ErrorsUnwrap(chain)
	if name != "*mirror.QueryErr" || reflect.ValueOf(raw).Kind() != reflect.Pointer {
		t.Errorf("Unwrap: got %q %T, want the cell's *QueryErr", name, raw)
	}
}
