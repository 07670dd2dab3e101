package interp

import (
	"bytes"
	"time"
)

// An interrupted cell's evaluation goes on in yaegi's own goroutine until
// it notices the interruption - at once for interpreted code, but a cell
// interrupted while yaegi was still compiling it finishes compiling
// first. yaegi's compiler writes the session's scope maps without a
// lock, so the next cell's compile (or Globals) at the same time ended the
// process: "fatal error: concurrent map iteration and map write". Before
// the next cell touches yaegi, the session waits for that goroutine to end
// - a few milliseconds - but not for a call into compiled code that cannot
// be stopped (time.Sleep(time.Hour)): after abandonWait it goes on.
const abandonWait = 2 * time.Second

// yaegiEvalFrame names the goroutine yaegi's EvalWithContext runs a cell
// in; interp's tests check that it is still its name.
var yaegiEvalFrame = []byte("github.com/traefik/yaegi/interp.(*Interpreter).EvalWithContext.func1")

// yaegiExecuteFrame is in the stack of an evaluation that has finished
// compiling and runs the cell's code: it no longer touches the scopes.
var yaegiExecuteFrame = []byte("github.com/traefik/yaegi/interp.(*Interpreter).Execute(")

// waitAbandoned returns when no evaluation of yaegi is compiling any more,
// or after abandonWait. An evaluation that runs the cell's code - blocked
// for good in a deadlock, or sleeping in a compiled call - is not waited
// for: each later cell would pay abandonWait.
func waitAbandoned() {
	deadline := time.Now().Add(abandonWait)
	for {
		if !compiling(goroutineStacks()) || time.Now().After(deadline) {
			return
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// compiling reports whether a goroutine of the dump is in yaegi's
// evaluation but not yet running what it compiled.
func compiling(stacks [][]byte) bool {
	for _, g := range stacks {
		if bytes.Contains(g, yaegiEvalFrame) && !bytes.Contains(g, yaegiExecuteFrame) {
			return true
		}
	}
	return false
}
