package interp

import (
	"strings"
	"testing"

	"github.com/gobackprop/gobackprop/display"
)

// panicRecorder takes a late goroutine panic as a value.
type panicRecorder struct {
	recorder
	panics []string
}

func (p *panicRecorder) GoroutinePanicked(msg string) { p.panics = append(p.panics, msg) }

// A goroutine's panic after its cell ended reaches a PanicReporter as a
// value, and other frontends as a line on stderr.
func TestLateGoroutinePanicIsTyped(t *testing.T) {
	s := newTestSession(t, Options{})
	p := &panicRecorder{}
	restore := display.Use(p)
	s.goroutinePanic("boom")
	restore()
	if len(p.panics) != 1 || !strings.Contains(p.panics[0], "boom") || p.out.Len() != 0 {
		t.Errorf("reporter: got panics %q and output %q, want boom as a value only", p.panics, p.out.String())
	}
	rec := &recorder{}
	restore = display.Use(rec)
	s.goroutinePanic("boom")
	restore()
	if !strings.Contains(rec.out.String(), "panic in a goroutine started by a cell") {
		t.Errorf("plain frontend: got %q, want the panic on stderr", rec.out.String())
	}
}
