package interp

import (
	"errors"
	"fmt"
	"time"
)

// A runaway recursion in Go ends the program with a fatal "stack
// overflow"; in a session it must end the cell and leave the session as
// it was. Functions that may recur (rewrite.go's depthGuard) count their
// nested calls, and the call past MaxDepth ends the cell.
//
// It does not panic: yaegi's every frame recovers a panic and raises it
// again (its runCfg), and the Go runtime's unwinding of each new panic
// walks the deep stack, so unwinding 3000 nested calls took seconds - 7 s
// for a method calling itself, 47 s for two methods calling each other.
// Instead the call ends the cell through its context, the way an
// interrupt does, waits until yaegi has stopped the evaluation, and
// returns: every frame then returns at its next step, without running
// more of its body. As with Go's fatal error, no recover catches it; the
// deferred calls of the frames still run, as they did when it panicked,
// and the cell waits for them (waitUnwound).

// overflowed is the cause of a cell ended by a runaway recursion.
type overflowed struct{ max int }

func (e overflowed) Error() string {
	return fmt.Sprintf("stack overflow: more than %d nested calls of a recursive function - is its base case ever reached?", e.max)
}

// unwindWait bounds how long a cell ended by a runaway recursion waits
// for its frames to return: a goroutine blocked inside a guarded function
// never does.
const unwindWait = 2 * time.Second

// enter counts one level of recursion and ends the cell at MaxDepth.
func (s *Session) enter() {
	if s.depth.Add(1) <= int64(s.opts.MaxDepth) {
		return
	}
	e := overflowed{s.opts.MaxDepth}
	cancel, ended := s.cancelCell.Load(), s.evalEnded.Load()
	if cancel == nil || ended == nil {
		// Not in a cell's evaluation (a goroutine that outlived its cell,
		// a top-level deferred call): a panic, reported as such.
		s.depth.Store(0)
		panic(e.Error())
	}
	// This frame goes no further than this call: its deferred Leave is
	// never registered.
	s.depth.Add(-1)
	(*cancel)(e)
	<-*ended
}

func (s *Session) leave() {
	if s.depth.Add(-1) < 0 {
		s.depth.Store(0)
	}
}

// waitUnwound returns once the frames of guarded functions have returned
// after a runaway recursion ended the cell, or after unwindWait.
func (s *Session) waitUnwound() {
	deadline := time.Now().Add(unwindWait)
	for s.depth.Load() > 0 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	s.depth.Store(0)
}

// overflowError is the error of a cell that a runaway recursion ended.
func overflowError(cause error) (*Error, bool) {
	var e overflowed
	if !errors.As(cause, &e) {
		return nil, false
	}
	return &Error{ename: "StackOverflow", msg: e.Error(), trace: []string{red("StackOverflow") + ": " + e.Error()}}, true
}
