package worker

import (
	"strings"
	"testing"
)

func TestRuntimeLog(t *testing.T) {
	var got strings.Builder
	l := newRuntimeLog(func(s string) { got.WriteString(s) })
	l.write("a compiled library's warning\nruntime")
	l.write(": note\n") // a line start cut in two is passed on, not held
	l.write("fatal error: concurrent map writes\n\ngoroutine 1 [running]:\n")
	l.write(strings.Repeat("main.f()\n", 10000))
	if want := "a compiled library's warning\nruntime: note\n"; got.String() != want {
		t.Errorf("got passed on %q, want %q", got.String(), want)
	}
	rep := l.report()
	if !strings.HasPrefix(rep, "fatal error: concurrent map writes\n") || len(rep) > heldLimit {
		t.Errorf("got a report of %d bytes starting %.40q, want the fatal error, at most %d bytes", len(rep), rep, heldLimit)
	}
	e := deathError(rep, nil, "", "1GiB")
	if e.Ename != deathEname || e.Evalue != "fatal error: concurrent map writes" || len(e.TB) > reportLines+10 {
		t.Errorf("got %s: %s with %d lines", e.Ename, e.Evalue, len(e.TB))
	}
	if tb := strings.Join(e.TB, "\n"); !strings.Contains(tb, "restarted") || !strings.Contains(tb, "sync.Mutex") {
		t.Errorf("got traceback %q, want the restart and a hint", tb)
	}

	// The worker answered: what was held was no crash and goes on.
	got.Reset()
	l.release()
	if !strings.HasPrefix(got.String(), "fatal error:") || !strings.Contains(got.String(), "more bytes") {
		t.Errorf("got %.60q... after release, want the held text and how much was dropped", got.String())
	}
	got.Reset()
	l.write("later\n")
	if got.String() != "later\n" {
		t.Errorf("got %q after release, want later passed on", got.String())
	}
}

func TestDeathWithoutReport(t *testing.T) {
	e := deathError("", nil, "the cell did not stop", "")
	if e.Evalue != "the cell did not stop" {
		t.Errorf("got %q, want the front's reason", e.Evalue)
	}
	e = deathError("", nil, "", "")
	if !strings.Contains(e.Evalue, "process ended") {
		t.Errorf("got %q, want that the process ended", e.Evalue)
	}
}
