package display

import (
	"context"
	"errors"
)

// TracebackError is an error that knows its Jupyter error name (ename) and
// the traceback lines to show under it. interp's errors implement it.
type TracebackError interface {
	error
	Name() string
	Traceback() []string
}

// DescribeError returns the ename, evalue and traceback of an error output
// for err, as Jupyter shows and stores them.
func DescribeError(err error) (ename, evalue string, traceback []string) {
	var te TracebackError
	if errors.As(err, &te) {
		return te.Name(), te.Error(), te.Traceback()
	}
	if errors.Is(err, context.Canceled) {
		return "Interrupted", "the cell was interrupted", []string{"Interrupted: the cell was interrupted"}
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return "Timeout", "the cell ran past its time limit", []string{"Timeout: the cell ran past its time limit"}
	}
	return "Error", err.Error(), []string{"Error: " + err.Error()}
}
