package mirror

import (
	"errors"
	"fmt"
	"reflect"
)

// Unknown stands for a value of a cell's type that yaegi holds in its
// wrapper of a compiled interface, whose type the resolver could not find:
// yaegi keeps, of a struct, only its last field there. The wrapper has the
// methods, so the verbs that print with them work; for the others the
// value's type is needed, and Format says so rather than print the
// wrapper.
type Unknown struct{ wrapper any }

// Format prints the value with its Error or String method, or panics.
func (u *Unknown) Format(f fmt.State, verb rune) {
	defer escapeFmt()
	switch verb {
	case 'v', 's', 'q', 'x', 'X':
		if !f.Flag('#') {
			fmt.Fprintf(f, fmt.FormatString(f, verb), u.wrapper)
			return
		}
	}
	if pointerWrapped(reflect.ValueOf(u.wrapper)) {
		panic(errUnknownInstance)
	}
	panic(errUnknown)
}

// pointerWrapped reports one of yaegi's wrappers holding a pointer.
func pointerWrapped(v reflect.Value) bool {
	inner, ok := unwrapYaegi(v)
	if ok && inner.Kind() == reflect.Interface {
		inner = inner.Elem()
	}
	return ok && inner.Kind() == reflect.Pointer
}

// Error is the value's Error method.
func (u *Unknown) Error() string {
	if e, ok := u.wrapper.(error); ok {
		return e.Error()
	}
	return fmt.Sprint(u.wrapper)
}

var errUnknown = errors.New("the type of this value is lost: it is a struct of a type the cell declares, " +
	"which the interpreter keeps in an interface of a compiled package (error, fmt.Stringer, io.Reader, ...) with its methods but without its type; " +
	"%T, %#v and errors.As need the type - store a pointer to the struct in the interface (return &MyErr{...}, var r io.Reader = &rot13{...})")
