package interp

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"regexp"
	"runtime"
	"strings"
	"sync"

	"github.com/traefik/yaegi/interp"

	"github.com/gobackprop/gobackprop/interp/lower"
	"github.com/gobackprop/gobackprop/interp/mirror"
)

// yaegi evaluates a run of statements as the body of a function it writes
// on the source's first line, and a declaration after a package clause on
// that line: positions on line 1 are shifted by these many columns.
const (
	stmtPrefix = len("package main; func main() {")
	filePrefix = len("package main;")
)

// Error is a cell that failed: a compile error or a runtime panic, in cell
// coordinates, with a traceback naming the cell line and the called
// functions.
type Error struct {
	ename     string
	msg       string
	trace     []string
	compile   bool
	Line, Col int
	// panic is the value a top-level statement panicked with, which a
	// recover in the cell's deferred calls returns (runtime.go).
	panic    any
	panicked bool
}

func (e *Error) Error() string { return e.msg }

// Name returns the Jupyter error name (ename): CompileError, the Go type of
// a panic value, or Interrupted.
func (e *Error) Name() string { return e.ename }

// Traceback returns the lines Jupyter shows under the error.
func (e *Error) Traceback() []string { return e.trace }

var posRE = regexp.MustCompile(`(?:_\.go:)?(\d+):(\d+): `)

// eval runs src, the (rewritten) source of p, through yaegi. prefix is how
// far yaegi shifts the first line's columns.
func (s *Session) eval(ctx context.Context, p piece, src string, prefix int) (reflect.Value, error) {
	s.panics.reset()
	v, err := s.evalAbandoning(ctx, src)
	if err == nil {
		return v, nil
	}
	toCell := func(line, col int) (int, int) {
		if line == 1 {
			col = max(col-prefix+p.col-1, p.col)
		}
		return p.line + line - 1, col
	}
	var pe interp.Panic
	switch {
	case errors.As(err, &pe) && isEndCell(pe.Value):
		return v, errEndCell
	case errors.As(err, &pe):
		return v, s.panicError(pe, p, toCell)
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		if _, ok := overflowError(context.Cause(ctx)); ok {
			s.waitUnwound()
		}
		return v, stoppedError(ctx)
	}
	msg := err.Error()
	e := &Error{ename: "CompileError", compile: true}
	if m := posRE.FindStringSubmatchIndex(msg); m != nil && m[0] == 0 {
		line, col := toCell(atoi(msg[m[2]:m[3]]), atoi(msg[m[4]:m[5]]))
		e.Line, e.Col = line, col
		msg = msg[m[1]:]
	} else {
		e.Line, e.Col = p.line, p.col
	}
	e.msg = userNames(msg)
	e.trace = []string{
		red("CompileError") + ": " + e.msg,
		fmt.Sprintf("  at cell line %d, column %d", e.Line, e.Col),
	}
	if l := sourceLine(src, e.Line-p.line+1); l != "" {
		e.trace = append(e.trace, "    "+l)
	}
	return v, e
}

// stoppedError is the error of a cell whose context ended it: a
// goroutine's panic, a deadlock, or an interrupt (or its deadline).
func stoppedError(ctx context.Context) error {
	if gp := goroutinePanicked(ctx); gp != nil {
		msg := "panic in a goroutine the cell started: " + gp.msg
		return &Error{ename: gp.ename, msg: msg, trace: []string{red(gp.ename) + ": " + msg}}
	}
	if e, ok := exitedError(context.Cause(ctx)); ok {
		return e
	}
	if e, ok := overflowError(context.Cause(ctx)); ok {
		return e
	}
	if errors.Is(context.Cause(ctx), deadlockError{}) {
		msg := deadlockError{}.Error()
		return &Error{ename: "fatal error", msg: msg, trace: []string{red("fatal error") + ": " + msg}}
	}
	return &Error{ename: "Interrupted", msg: "the cell was interrupted; variables keep the values they had",
		trace: []string{"Interrupted: the cell was interrupted; variables keep the values they had"}}
}

// goroutinePanicked returns the panic of a goroutine that ended the cell,
// if that is why ctx was cancelled.
func goroutinePanicked(ctx context.Context) *goroutinePanicError {
	var gp *goroutinePanicError
	if errors.As(context.Cause(ctx), &gp) {
		return gp
	}
	return nil
}

// evalAbandoning runs src until it ends or ctx is cancelled. yaegi checks
// the context between interpreted instructions, so an interrupted loop
// stops at once; a cell stuck inside a compiled call cannot be stopped and
// is abandoned: it finishes in the background while the session goes on.
func (s *Session) evalAbandoning(ctx context.Context, src string) (reflect.Value, error) {
	base := s.yi.FileSet().Base()
	if os.Getenv("GBP_SHOW_EVAL") != "" {
		fmt.Fprintf(os.Stderr, "==== eval\n%s\n", src)
	}
	ended := make(chan struct{})
	s.evalEnded.Store(&ended)
	v, err := s.yi.EvalWithContext(ctx, src)
	s.evalEnded.Store(nil)
	close(ended)
	s.abandoned = ctx.Err() != nil
	if s.abandoned {
		s.stopSelects()
	}
	if ctx.Err() == nil {
		// retention.go: yaegi would keep every cell's tree. Not after an
		// abandoned cell, whose evaluation may still be compiling; the
		// next cell's clears the lists (its scratch files stay).
		s.forget(base, src)
	}
	return v, err
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

func sourceLine(src string, line int) string {
	lines := strings.Split(src, "\n")
	if line < 1 || line > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[line-1])
}

// userNames hides the session's internal names from messages.
func userNames(msg string) string {
	msg = strings.ReplaceAll(msg, showCall, "")
	msg = strings.ReplaceAll(msg, "_gbpLoop_", "")
	msg = strings.ReplaceAll(msg, lower.MainName, "main")
	return hiddenTypeRE.ReplaceAllString(msg, "$1")
}

// hiddenTypeRE matches the names redefined types get (see evalDecl), and
// those of types declared in functions (lower's localnames.go).
var hiddenTypeRE = regexp.MustCompile(`\b([A-Za-z_][A-Za-z0-9_]*?)_gbp(?:L[0-9]+_)?[0-9]+\b`)

// red colours an error name in a traceback: Jupyter frontends render ANSI
// colours there, as they do for Python's tracebacks, so an error stands out
// from ordinary output.
func red(s string) string { return "\x1b[0;31m" + s + "\x1b[0m" }

// panicError describes a recovered panic: ename is the panic value's kind,
// the traceback lists the frames yaegi logged, innermost first.
func (s *Session) panicError(pe interp.Panic, p piece, toCell func(line, col int) (int, int)) error {
	e := &Error{panic: pe.Value, panicked: true}
	var described bool
	if e.ename, e.msg, described = s.describePanic(pe.Value); !described {
		e.ename, e.msg = classifyPanic(pe.Value)
	}
	e.msg = userNames(e.msg)
	e.trace = []string{red(e.ename) + ": " + e.msg}
	frames := s.panics.take()
	for i, f := range frames {
		if f.fn == "main" {
			line, col := toCell(f.line, f.col)
			if i == 0 {
				e.Line, e.Col = line, col
			}
			e.trace = append(e.trace, fmt.Sprintf("  at cell line %d, column %d", line, col))
			if l := sourceLine(p.src, line-p.line+1); l != "" {
				e.trace = append(e.trace, "    "+l)
			}
			continue
		}
		name := strings.TrimPrefix(f.fn, "main.")
		if d, ok := s.decls[name]; ok {
			// yaegi logs a function's frame at the first statement of its
			// body, wherever the panic was (its runCfg recovers with the
			// statement variable shadowed): naming a line inside the
			// function would mislead, so the frame names the function and
			// where it is declared.
			e.trace = append(e.trace, fmt.Sprintf("  in %s, declared at cell line %d", name, d.line))
			if l := sourceLine(d.piece.src, 1); l != "" {
				e.trace = append(e.trace, "    "+l)
			}
		} else {
			e.trace = append(e.trace, "  in "+name)
		}
	}
	if len(e.trace) > 12 {
		n := len(e.trace)
		e.trace = append(append(e.trace[:6:6], fmt.Sprintf("  ... %d more frames ...", n-10)), e.trace[n-4:]...)
	}
	return e
}

// classifyPanic names a panic value the way a Go programmer knows it.
// yaegi runs interpreted code through reflect, so some runtime errors
// arrive as reflect's messages; they are translated back.
func classifyPanic(value any) (ename, msg string) {
	if rv, ok := value.(reflect.Value); ok && rv.IsValid() && rv.CanInterface() {
		value = rv.Interface()
	}
	switch v := value.(type) {
	case runtime.Error:
		return "runtime.Error", v.Error()
	case unsupportedAtRun:
		return "Unsupported", v.Error()
	case *reflect.ValueError:
		return "runtime.Error", "runtime error: invalid memory address or nil pointer dereference"
	case error:
		return "panic(" + mirror.TypeString(v) + ")", v.Error()
	case string:
		if msg, ok := goRuntimeError(v); ok {
			return "runtime.Error", msg
		}
		switch {
		case strings.HasPrefix(v, "os.Exit("):
			return "os.Exit", v + " was called: the cell stopped here, the session goes on"
		case strings.HasPrefix(v, "stack overflow"):
			return "StackOverflow", v
		}
		return "panic", v
	}
	return fmt.Sprintf("panic(%T)", value), fmt.Sprint(value)
}

// goRuntimeError translates reflect's panic messages, which interpreted
// code raises where compiled code would raise a runtime error, into the
// runtime error's message, as far as the message says it.
func goRuntimeError(msg string) (string, bool) {
	for _, t := range []struct{ prefix, goMsg string }{
		{"reflect: slice index out of range", "runtime error: index out of range"},
		{"reflect: array index out of range", "runtime error: index out of range"},
		{"reflect: string index out of range", "runtime error: index out of range"},
		{"reflect.Value.Slice: slice index out of bounds", "runtime error: slice bounds out of range"},
		{"reflect.Value.Slice3: slice index out of bounds", "runtime error: slice bounds out of range"},
		{"reflect.MakeSlice: negative len", "runtime error: makeslice: len out of range"},
		{"reflect.MakeSlice: negative cap", "runtime error: makeslice: cap out of range"},
		{"reflect.MakeSlice: len > cap", "runtime error: makeslice: cap out of range"},
		{"reflect.Value.Call: call of nil function", "runtime error: invalid memory address or nil pointer dereference"},
		// A method of a nil interface (embedded in a struct, or a
		// variable) called.
		{"reflect: Method on nil interface value", "runtime error: invalid memory address or nil pointer dereference"},
	} {
		if strings.HasPrefix(msg, t.prefix) {
			return t.goMsg, true
		}
	}
	if rest, ok := strings.CutPrefix(msg, "reflect: cannot convert slice with length "); ok {
		// Go: "cannot convert slice with length 3 to array or pointer to array with length 4"
		return "runtime error: cannot convert slice with length " + strings.Replace(rest, " to array with length ", " to array or pointer to array with length ", 1), true
	}
	return "", false
}

// panicLog is yaegi's stderr. yaegi logs each frame of a panic there
// ("1:28: panic: main(...)") in addition to returning it; those lines
// become the traceback instead of a second report on stderr. Everything
// else goes on to next.
type panicLog struct {
	next io.Writer

	mu     sync.Mutex
	frames []frame
	buf    []byte
}

type frame struct {
	line, col int
	fn        string
}

var frameRE = regexp.MustCompile(`^(\d+):(\d+): panic: (.*)\(\.\.\.\)$`)

func (l *panicLog) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf = append(l.buf, b...)
	for {
		i := bytes.IndexByte(l.buf, '\n')
		if i < 0 {
			break
		}
		line := string(l.buf[:i])
		l.buf = l.buf[i+1:]
		if m := frameRE.FindStringSubmatch(line); m != nil {
			if len(l.frames) < 10000 {
				l.frames = append(l.frames, frame{atoi(m[1]), atoi(m[2]), m[3]})
			}
			continue
		}
		l.next.Write([]byte(line + "\n"))
	}
	// Text without a newline yet is passed on at once unless it may be
	// the start of a frame line.
	if len(l.buf) > 0 && (l.buf[0] < '0' || l.buf[0] > '9') {
		l.next.Write(l.buf)
		l.buf = l.buf[:0]
	}
	return len(b), nil
}

func (l *panicLog) reset() {
	l.mu.Lock()
	l.frames = nil
	l.mu.Unlock()
}

func (l *panicLog) take() []frame {
	l.mu.Lock()
	defer l.mu.Unlock()
	f := l.frames
	l.frames = nil
	return f
}
