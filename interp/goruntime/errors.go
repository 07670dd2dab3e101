package runtime

import "strings"

// Error returns the runtime error whose message is msg, of the type Go's
// runtime panics with for that message.
func Error(msg string) error {
	switch {
	case strings.Contains(msg, "index out of range") || strings.Contains(msg, "slice bounds out of range"):
		return boundsError{msg}
	case strings.HasPrefix(msg, "interface conversion:"):
		return &TypeAssertionError{msg}
	case strings.HasPrefix(msg, "runtime error: "):
		return errorString(msg)
	}
	return plainError(msg)
}

// boundsError is an index or slice expression out of range.
type boundsError struct{ msg string }

func (e boundsError) Error() string { return e.msg }

// RuntimeError marks the type as a runtime.Error.
func (boundsError) RuntimeError() {}

// TypeAssertionError is a failed single-value type assertion.
type TypeAssertionError struct{ msg string }

func (e *TypeAssertionError) Error() string { return e.msg }

// RuntimeError marks the type as a runtime.Error.
func (*TypeAssertionError) RuntimeError() {}

// errorString is a runtime error with a fixed message: a nil pointer
// dereference, an integer division by zero, a negative shift amount.
type errorString string

func (e errorString) Error() string { return string(e) }

// RuntimeError marks the type as a runtime.Error.
func (errorString) RuntimeError() {}

// plainError is a runtime error whose message has no "runtime error: "
// in front: an assignment to an entry in a nil map, a send on a closed
// channel.
type plainError string

func (e plainError) Error() string { return string(e) }

// RuntimeError marks the type as a runtime.Error.
func (plainError) RuntimeError() {}
