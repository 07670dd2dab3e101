package worker

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
)

// runtimeLog reads a worker's descriptor 2, where the Go runtime writes
// when it dies ("fatal error: concurrent map writes", "runtime: goroutine
// stack exceeds 1000000000-byte limit", then a trace of every goroutine,
// megabytes of it at times). Cells' os.Stderr has its own pipe, so what
// arrives here is the runtime's and the odd compiled library's writes.
//
// Text is passed on to the cell as stderr until a line starts the way a
// runtime crash report starts; from there it is held: the first
// heldLimit bytes are kept for the report of the worker's death, the
// rest counted. If the worker lives on to answer its request, what was
// held was not its death after all and goes to the cell.
type runtimeLog struct {
	forward func(text string) // to the running cell's stderr

	mu        sync.Mutex
	lineStart bool // the next byte starts a line
	holding   bool
	held      bytes.Buffer
	dropped   int
	tail      []byte // the last tailLimit bytes, for a death without a report
}

const (
	heldLimit = 16 << 10
	tailLimit = 4 << 10
)

// crashStarts are how the lines of a Go crash report begin.
var crashStarts = []string{"fatal error:", "runtime:", "panic:", "goroutine ", "SIGSEGV", "SIGBUS", "SIGILL", "SIGFPE", "unexpected fault", "fatal:", "gobackprop worker:"}

func newRuntimeLog(forward func(string)) *runtimeLog {
	return &runtimeLog{forward: forward, lineStart: true}
}

func (l *runtimeLog) write(text string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.tail = append(l.tail, text...)
	if len(l.tail) > tailLimit {
		l.tail = append(l.tail[:0], l.tail[len(l.tail)-tailLimit:]...)
	}
	if !l.holding {
		i := l.crashStart(text)
		if i < 0 {
			l.forward(text)
			l.lineStart = strings.HasSuffix(text, "\n")
			return
		}
		if i > 0 {
			l.forward(text[:i])
		}
		l.holding, text = true, text[i:]
	}
	n := min(max(0, heldLimit-l.held.Len()), len(text))
	l.held.WriteString(text[:n])
	l.dropped += len(text) - n
	l.lineStart = strings.HasSuffix(text, "\n")
}

// crashStart returns where in text the first line that starts a crash
// report begins, or -1.
func (l *runtimeLog) crashStart(text string) int {
	at := 0
	if !l.lineStart {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			return -1
		}
		at = i + 1
	}
	for at < len(text) {
		for _, p := range crashStarts {
			if strings.HasPrefix(text[at:], p) {
				return at
			}
		}
		i := strings.IndexByte(text[at:], '\n')
		if i < 0 {
			return -1
		}
		at += i + 1
	}
	return -1
}

// release passes on what was held: the worker answered its request, so
// it was not dying.
func (l *runtimeLog) release() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.holding {
		return
	}
	text := l.held.String()
	if l.dropped > 0 {
		text += fmt.Sprintf("\n[gobackprop: %d more bytes on the runtime's standard error were dropped]\n", l.dropped)
	}
	l.forward(text)
	l.holding, l.dropped = false, 0
	l.held.Reset()
}

// report returns what the runtime said before the worker died: the held
// crash report, else the last lines written.
func (l *runtimeLog) report() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.holding {
		return l.held.String()
	}
	return string(l.tail)
}
