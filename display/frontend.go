package display

import (
	"errors"
	"sync"
)

// Output is one display message: a new output, or a replacement of an
// earlier one when Update is set.
type Output struct {
	Data      Bundle
	Metadata  map[string]any
	DisplayID string // transient display_id; empty when the output cannot be updated
	Update    bool   // replace the outputs carrying DisplayID instead of adding one
}

// Frontend receives what a running cell shows. Implementations must be safe
// for use by several goroutines, since a cell may print from goroutines it
// starts.
type Frontend interface {
	// Stream appends text to the cell's "stdout" or "stderr" stream.
	Stream(name, text string)
	// Display shows or updates a rich output.
	Display(out Output)
	// ClearOutput clears the cell's outputs; with wait set, only when the
	// next output arrives (to avoid flicker).
	ClearOutput(wait bool)
	// Input asks the user for one line of text. It returns ErrNoInput when
	// the frontend cannot ask (allow_stdin false, or a headless run).
	Input(prompt string, password bool) (string, error)
}

// ErrNoInput is returned by Input when the frontend cannot read from the
// user.
var ErrNoInput = errors.New("this frontend does not accept input (allow_stdin is false): give the value in the code instead")

// ErrInputCancelled is returned by Input when the cell was interrupted
// while its prompt waited for the user.
var ErrInputCancelled = errors.New("input cancelled: the cell was interrupted")

var (
	mu      sync.RWMutex
	current Frontend = discard{}
)

// Use makes f the destination of the package-level display functions and
// returns a function that restores the previous one. Sessions call it around
// each cell.
func Use(f Frontend) (restore func()) {
	mu.Lock()
	prev := current
	current = f
	mu.Unlock()
	return func() {
		mu.Lock()
		current = prev
		mu.Unlock()
	}
}

// Current returns the frontend that outputs go to now: the running cell's,
// or one that discards everything when no cell runs.
func Current() Frontend {
	mu.RLock()
	defer mu.RUnlock()
	return current
}

// A PanicReporter is a Frontend that takes the panic of a goroutine that
// outlived its cell as a value instead of as a line on stderr: the grader
// counts it against the cell that started the goroutine.
type PanicReporter interface {
	GoroutinePanicked(msg string)
}

// Discard is a Frontend that drops every output and has no input: what
// outputs go to when no cell runs, and what a silent evaluation gets.
var Discard Frontend = discard{}

type discard struct{}

func (discard) Stream(string, string)              {}
func (discard) Display(Output)                     {}
func (discard) ClearOutput(bool)                   {}
func (discard) Input(string, bool) (string, error) { return "", ErrNoInput }
