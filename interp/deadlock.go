package interp

import (
	"bytes"
	"context"
	"runtime"
	"slices"
	"strings"
	"time"
)

// Go ends a program whose goroutines are all blocked with "fatal error:
// all goroutines are asleep - deadlock!". In the kernel the runtime never
// sees that - the kernel's own goroutines are alive - and a cell that
// sends on a channel nobody reads would hang until interrupted. So while
// a cell runs, the session looks at its goroutines (those running
// interpreted code) every deadlockPoll: when all of them wait on a
// channel, a select, a WaitGroup, a mutex or a condition variable - from
// interpreted code, not inside a compiled call - deadlockLooks times in a
// row with nothing changed, the cell ends with Go's error.
//
// A timer can wake a goroutine without any goroutine to see: time.After,
// a Ticker, context.WithTimeout, signal.Notify, or I/O of net or exec.
// Once a cell of the session names one of those, the session stops
// looking, rather than end a cell that was only waiting.
const deadlockPoll = 300 * time.Millisecond

// deadlockLooks is how many looks in a row must find the same goroutines
// asleep: two once ended a busy cell (500 goroutines on a mutex) on a
// machine loaded by other processes.
const deadlockLooks = 3

// deadlockError is the cause of a cell ended by a deadlock.
type deadlockError struct{}

func (deadlockError) Error() string { return "all goroutines are asleep - deadlock!" }

// wakers are what, in a cell, may wake a goroutine with no goroutine to
// show for it.
var wakers = []string{
	"time.After", "time.Tick", "time.NewTimer", "time.NewTicker", ".Reset(",
	"WithTimeout", "WithDeadline", "signal.", "net.", "http.", "exec.", "rpc.", "syscall.",
}

// noteWakers remembers that the session's code may be woken by a timer.
func (s *Session) noteWakers(code string) {
	if s.mayBeWoken {
		return
	}
	for _, w := range wakers {
		if strings.Contains(code, w) {
			s.mayBeWoken = true
			return
		}
	}
}

// watchDeadlock starts looking for a deadlock of the running cell, which
// ctx's cancel ends; the returned function stops it.
func (s *Session) watchDeadlock(ctx context.Context, cancel context.CancelCauseFunc) (stop func()) {
	if s.mayBeWoken {
		return func() {}
	}
	t := time.AfterFunc(deadlockPoll, func() {
		var last string
		same := 0
		tick := time.NewTicker(deadlockPoll)
		defer tick.Stop()
		for {
			state, stuck := goroutinesAsleep()
			if stuck && state == last {
				same++
			} else {
				same = 0
			}
			if same == deadlockLooks-1 {
				cancel(deadlockError{})
				return
			}
			last = state
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
		}
	})
	return func() { t.Stop() }
}

// blockedStates are the wait reasons of a goroutine only another
// goroutine can wake.
var blockedStates = []string{
	"chan receive", "chan send", "select", "select (no cases)",
	"chan receive (nil chan)", "chan send (nil chan)",
	"sync.WaitGroup.Wait", "sync.Mutex.Lock", "sync.RWMutex.Lock",
	"sync.RWMutex.RLock", "sync.Cond.Wait", "semacquire",
}

// sessionSelectFrame is the frame of the session's select.
const sessionSelectFrame = "github.com/gobackprop/gobackprop/interp.(*Session).selectCases"

// interpFrame starts the frames of yaegi's interpreter.
const interpFrame = "github.com/traefik/yaegi/interp."

// goroutinesAsleep reports whether every goroutine running interpreted
// code is blocked where only another one can wake it, and a summary of
// their states to compare between two looks.
func goroutinesAsleep() (state string, asleep bool) {
	var states []string
	for _, g := range goroutineStacks() {
		header, frames, _ := strings.Cut(string(g), "\n")
		var funcs []string
		for _, line := range strings.Split(frames, "\n") {
			if line != "" && !strings.HasPrefix(line, "\t") && !strings.HasPrefix(line, "created by ") {
				funcs = append(funcs, line)
			}
		}
		first := slices.IndexFunc(funcs, func(f string) bool { return strings.HasPrefix(f, interpFrame) })
		if first < 0 || slices.ContainsFunc(funcs, func(f string) bool { return strings.Contains(f, "interp.exitedForGood") }) {
			continue // not the session's, or parked by os.Exit
		}
		for _, f := range funcs[:first] {
			// The session's select (runtime_select.go) waits as yaegi's
			// own does, in reflect.Select.
			if !hasAnyPrefix(f, "runtime.", "reflect.", "sync.", "internal/sync.", sessionSelectFrame) {
				return "", false // waiting inside a compiled call
			}
		}
		id, reason, ok := goroutineHeader(header)
		if !ok || !slices.Contains(blockedStates, reason) {
			return "", false
		}
		states = append(states, id+" "+reason)
	}
	if len(states) == 0 {
		return "", false
	}
	slices.Sort(states)
	return strings.Join(states, ","), true
}

// goroutineStacks returns the stack of every goroutine, one each, as
// runtime.Stack writes them.
func goroutineStacks() [][]byte {
	buf := make([]byte, 1<<20)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			return bytes.Split(buf[:n], []byte("\n\n"))
		}
		buf = make([]byte, 2*len(buf))
	}
}

// goroutineHeader reads "goroutine 7 [chan send, 2 minutes]:".
func goroutineHeader(h string) (id, reason string, ok bool) {
	rest, found := strings.CutPrefix(h, "goroutine ")
	if !found {
		return "", "", false
	}
	id, rest, found = strings.Cut(rest, " [")
	if !found {
		return "", "", false
	}
	reason, _, found = strings.Cut(rest, "]")
	reason, _, _ = strings.Cut(reason, ",")
	return id, reason, found
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
