package interp

import (
	"bytes"
	"runtime"
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

// waitAbandoned returns when no evaluation of yaegi runs any more, or
// after abandonWait.
func waitAbandoned() {
	deadline := time.Now().Add(abandonWait)
	buf := make([]byte, 1<<20)
	for {
		n := runtime.Stack(buf, true)
		if !bytes.Contains(buf[:n], yaegiEvalFrame) || time.Now().After(deadline) {
			return
		}
		time.Sleep(2 * time.Millisecond)
	}
}
