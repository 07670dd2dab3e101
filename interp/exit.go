package interp

import (
	"errors"
	"fmt"
)

// os.Exit in a cell ends the cell, not the session - and, as in Go,
// without running deferred calls: Go by Example's Exit page defers a
// print that never shows. yaegi's os.Exit panicked, and the panic ran
// every deferred call on its way out. The session's os.Exit ends the
// cell through its context and parks the cell's goroutine for good
// (exitedForGood), where no deferred call of it runs.

// exitError is the cause of a cell ended by os.Exit.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("os.Exit(%d)", e.code) }

// exit is os.Exit for the session's code.
func (s *Session) exit(code int) {
	cancel := s.cancelCell.Load()
	if cancel == nil {
		// A goroutine of a cell that has ended: as yaegi did.
		panic(fmt.Sprintf("os.Exit(%d)", code))
	}
	(*cancel)(exitError{code})
	exitedForGood()
}

// exitedForGood blocks its goroutine forever. The deadlock watch skips
// a goroutine parked here (deadlock.go).
func exitedForGood() { select {} }

// exitedError is the error of a cell that called os.Exit.
func exitedError(cause error) (*Error, bool) {
	var e exitError
	if !errors.As(cause, &e) {
		return nil, false
	}
	msg := e.Error() + " was called: the cell stopped here, the session goes on"
	return &Error{ename: "os.Exit", msg: msg, trace: []string{red("os.Exit") + ": " + msg}}, true
}
