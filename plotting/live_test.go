package plotting

import (
	"strings"
	"sync"
	"testing"

	"github.com/gobackprop/gobackprop/display"
)

// recorder is a display.Frontend that keeps what it is shown.
type recorder struct {
	mu  sync.Mutex
	out []display.Output
}

func (r *recorder) Stream(string, string) {}
func (r *recorder) Display(o display.Output) {
	r.mu.Lock()
	r.out = append(r.out, o)
	r.mu.Unlock()
}
func (r *recorder) ClearOutput(bool)                   {}
func (r *recorder) Input(string, bool) (string, error) { return "", display.ErrNoInput }

// use installs a recorder as the display frontend for the test.
func use(t *testing.T) *recorder {
	r := &recorder{}
	t.Cleanup(display.Use(r))
	return r
}

// checkUpdates checks that outs are one display_data followed by at least
// one update_display_data, all with the same display_id, each holding mime.
func checkUpdates(t *testing.T, outs []display.Output, mime string) {
	t.Helper()
	if len(outs) < 2 {
		t.Fatalf("outputs: got %d, want a display and at least one update", len(outs))
	}
	id := outs[0].DisplayID
	if id == "" || outs[0].Update {
		t.Errorf("first output: got display_id %q update %v, want a new output with a display_id", id, outs[0].Update)
	}
	for i, o := range outs[1:] {
		if !o.Update || o.DisplayID != id {
			t.Errorf("output %d: got update %v display_id %q, want an update of %q", i+1, o.Update, o.DisplayID, id)
		}
	}
	for i, o := range outs {
		if _, ok := o.Data[mime]; !ok {
			t.Errorf("output %d: no %s in %v", i, mime, keys(o.Data))
		}
	}
}

func keys(b display.Bundle) []string {
	var k []string
	for m := range b {
		k = append(k, m)
	}
	return k
}

func TestLiveLossUpdatesOneOutput(t *testing.T) {
	r := use(t)
	live := NewLiveLoss(10)
	for _, loss := range noisyLoss(100, 4) {
		live.Add(loss)
	}
	live.Done()
	checkUpdates(t, r.out, display.MIMEPNG)
	if got := r.out[len(r.out)-1].Data[display.MIMEText]; got != lossSummary(noisyLoss(100, 4)) {
		t.Errorf("final picture: got %q, want the curve of all 100 losses", got)
	}
	if n := len(live.History()); n != 100 {
		t.Errorf("History: got %d values, want 100", n)
	}
}

func TestLiveLossWithoutValuesShowsNothing(t *testing.T) {
	r := use(t)
	NewLiveLoss(1).Done()
	if len(r.out) != 0 {
		t.Errorf("outputs: got %d, want 0", len(r.out))
	}
}

func TestProgressUpdatesOneOutput(t *testing.T) {
	r := use(t)
	p := NewProgress(3)
	for _, loss := range []float64{2.3, 1.2, 0.5} {
		p.Step(loss)
	}
	p.Done()
	checkUpdates(t, r.out, display.MIMEHTML)
	if got := r.out[0].Data[display.MIMEText]; got != "iteration 0/3, elapsed 0.0s" {
		t.Errorf("first state: got %q, want %q", got, "iteration 0/3, elapsed 0.0s")
	}
	last := r.out[len(r.out)-1].Data
	if text := last[display.MIMEText].(string); !strings.HasPrefix(text, "done: 3 iterations in ") || !strings.HasSuffix(text, "final loss 0.5") {
		t.Errorf("final state: got %q, want the iteration count, time and final loss", text)
	}
	// The last step is shown even without Done.
	found := false
	for _, o := range r.out {
		if s := o.Data[display.MIMEText].(string); strings.HasPrefix(s, "iteration 3/3, loss 0.5") && strings.Contains(s, "ETA 0.0s") {
			found = true
		}
	}
	if !found {
		t.Errorf("no output shows iteration 3/3 with its loss and ETA 0.0s")
	}
	if html := last[display.MIMEHTML].(string); !strings.Contains(html, `<progress value="3" max="3">`) {
		t.Errorf("HTML: got %q, want a full progress bar", html)
	}
}
