package interp

import (
	"fmt"
	"strconv"
)

// Go's "typed nil": a nil *MyErr stored in an error is a non-nil error
// that holds a nil pointer - `return e` with a nil e makes err != nil
// true, the classic pitfall a course shows. yaegi stored a nil
// interface instead. A typedNilError stands for that value
// (lower.guardTypedNil): it is not nil, Error calls the cell's method with
// a nil receiver, fmt prints it as fmt prints a nil pointer whose Error
// panics ("<nil>"), and assertions to the pointer type give the nil
// pointer (lower.assertTypedNil).
type typedNilError struct {
	typeName string        // *main.MyErr
	errorFn  func() string // the cell's Error with a nil receiver
}

func (e *typedNilError) Error() string { return e.errorFn() }

// GoTypeName is the type %T prints (interp/mirror asks for it).
func (e *typedNilError) GoTypeName() string { return e.typeName }

// Format prints the value as fmt prints a nil pointer with an Error
// method: the method's text, or "<nil>" when the method panics (most do,
// reading a field of the nil receiver).
func (e *typedNilError) Format(f fmt.State, verb rune) {
	formatTypedNil(f, verb, e.typeName, e.errorFn)
}

// typedNilStringer is typedNilError for a fmt.Stringer: a nil pointer of
// a cell's type with a String method (which may handle the nil receiver,
// as a linked list's does) in a compiled interface other than error.
type typedNilStringer struct {
	typeName string
	stringFn func() string // the cell's String with a nil receiver
}

func (s *typedNilStringer) String() string { return s.stringFn() }

// GoTypeName is the type %T prints.
func (s *typedNilStringer) GoTypeName() string { return s.typeName }

// Format prints the value as fmt prints the nil pointer.
func (s *typedNilStringer) Format(f fmt.State, verb rune) {
	formatTypedNil(f, verb, s.typeName, s.stringFn)
}

// newTypedNilStringer is the fmt.Stringer holding a nil pointer of the
// cell's type typeName.
func newTypedNilStringer(typeName string, stringFn func() string) fmt.Stringer {
	return &typedNilStringer{typeName: typeName, stringFn: stringFn}
}

// formatTypedNil prints a nil pointer of typeName whose method (Error or
// String) is fn, as fmt does.
func formatTypedNil(f fmt.State, verb rune, typeName string, fn func() string) {
	if verb == 'v' && f.Flag('#') {
		fmt.Fprintf(f, "(%s)(nil)", typeName)
		return
	}
	text, ok := func() (s string, ok bool) {
		defer func() {
			if recover() != nil {
				ok = false
			}
		}()
		return fn(), true
	}()
	switch {
	case !ok:
		text = "<nil>" // for every verb, as fmt prints it
	default:
		text = withVerb(verb, text)
	}
	if w, hasWidth := f.Width(); hasWidth && len(text) < w {
		pad := fmt.Sprintf("%*s", w-len(text), "")
		if f.Flag('-') {
			text += pad
		} else {
			text = pad + text
		}
	}
	fmt.Fprint(f, text)
}

// withVerb formats an Error method's text as the verb does a string.
func withVerb(verb rune, text string) string {
	switch verb {
	case 'q':
		text = strconv.Quote(text)
	case 'x':
		text = fmt.Sprintf("%x", text)
	case 'X':
		text = fmt.Sprintf("%X", text)
	}
	return text
}

// newTypedNil is the error holding a nil pointer of the cell's type
// typeName.
func newTypedNil(typeName string, errorFn func() string) error {
	return &typedNilError{typeName: typeName, errorFn: errorFn}
}

// isTypedNil reports whether x stands for a nil pointer of typeName.
func isTypedNil(x any, typeName string) bool {
	switch e := x.(type) {
	case *typedNilError:
		return e.typeName == typeName
	case *typedNilStringer:
		return e.typeName == typeName
	}
	return false
}

// typedNil is the error that stops a cell about to store a nil pointer
// of its own type in an interface such as error (lower.guardTypedNil).
func typedNil(pointer, iface string) error {
	return unsupportedAtRun(fmt.Sprintf("a nil %s stored in an interface (%s) is not supported by gobackprop: Go makes that a non-nil %s holding a nil pointer (the typed-nil pitfall), which the interpreter cannot; return or assign the untyped nil instead", pointer, iface, iface))
}
