package plotting

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/gobackprop/gobackprop/display"
)

// redrawEvery is the shortest time between two redraws of a live figure.
// It matches display's throttle of ten updates a second: rendering a
// picture the handle would hold back anyway is wasted work in the training
// loop.
const redrawEvery = 100 * time.Millisecond

// LiveLoss is a loss curve that redraws itself in place while a training
// loop runs, in Jupyter and in `gobackprop run`: one output that a loop
// updates (display's update_display_data), not one picture per step. It
// works from compiled code as well as from cells, and is safe for use by
// several goroutines.
//
//	live := plotting.NewLiveLoss(10, plotting.LogY())
//	for it := 0; it < 1500; it++ {
//		live.Add(step())
//	}
//	live.Done()
type LiveLoss struct {
	mu      sync.Mutex
	every   int
	opts    []Option
	history []float64
	handle  *display.Handle
	drawn   time.Time
}

// NewLiveLoss returns a live loss curve that redraws after every every-th
// Add (and at most ten times a second), drawn with opts as LossCurve draws.
// An every below 1 is taken as 1. Nothing is shown until the first redraw.
func NewLiveLoss(every int, opts ...Option) *LiveLoss {
	return &LiveLoss{every: max(every, 1), opts: opts}
}

// Add appends the loss of one iteration and redraws the curve when it is
// due.
func (l *LiveLoss) Add(loss float64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.history = append(l.history, loss)
	if len(l.history)%l.every == 0 && time.Since(l.drawn) >= redrawEvery {
		l.show()
	}
}

// Done draws the final curve and makes sure it reaches the notebook, since
// the last redraws of a fast loop are held back by the throttle. Call it
// after the loop; calling it again redraws the same picture. Done does
// nothing if no loss was added.
func (l *LiveLoss) Done() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.history) == 0 {
		return
	}
	l.show()
	l.handle.Flush()
}

// History returns a copy of the losses added so far.
func (l *LiveLoss) History() []float64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]float64(nil), l.history...)
}

// show renders the curve and sends it: a new output the first time, an
// update of it afterwards.
func (l *LiveLoss) show() {
	b := display.Bundle(LossCurve(l.history, l.opts...).MIMEBundle())
	if l.handle == nil {
		l.handle = display.New(b)
	} else {
		l.handle.Update(b)
	}
	l.drawn = time.Now()
}

// Progress is a progress bar for a training loop, updated in place:
// "iteration 120/1500, loss 0.4231, elapsed 3.2s, ETA 36.1s" under an HTML
// bar, with the same line as text for consoles. It works from compiled code
// as well as from cells, and is safe for use by several goroutines.
type Progress struct {
	mu     sync.Mutex
	total  int
	step   int
	loss   float64
	start  time.Time
	handle *display.Handle
	shown  time.Time
}

// NewProgress shows a progress bar for total iterations and starts its
// clock. A total of 0 or less means "unknown": the bar then shows the
// iteration count and loss without a fraction or ETA.
func NewProgress(total int) *Progress {
	p := &Progress{total: total, start: time.Now()}
	p.handle = display.New(p.bundle(false))
	p.shown = time.Now()
	return p
}

// Step records one finished iteration and its loss and updates the bar, at
// most ten times a second; the last iteration (the total-th) is always
// shown. Steps beyond the total are counted and shown as such.
func (p *Progress) Step(loss float64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.step++
	p.loss = loss
	if p.step == p.total {
		p.handle.Update(p.bundle(false))
		p.handle.Flush()
		return
	}
	if time.Since(p.shown) >= redrawEvery {
		p.handle.Update(p.bundle(false))
		p.shown = time.Now()
	}
}

// Done replaces the bar with a summary: the number of iterations, the time
// they took and the final loss.
func (p *Progress) Done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.handle.Update(p.bundle(true))
	p.handle.Flush()
}

// bundle renders the bar's current state as HTML and text.
func (p *Progress) bundle(done bool) display.Bundle {
	elapsed := time.Since(p.start)
	var parts []string
	switch {
	case done:
		parts = append(parts, fmt.Sprintf("done: %d iterations in %s", p.step, duration(elapsed)))
	case p.total > 0:
		parts = append(parts, fmt.Sprintf("iteration %d/%d", p.step, p.total))
	default:
		parts = append(parts, fmt.Sprintf("iteration %d", p.step))
	}
	if p.step > 0 {
		label := "loss "
		if done {
			label = "final loss "
		}
		parts = append(parts, label+num(p.loss))
	}
	if !done {
		parts = append(parts, "elapsed "+duration(elapsed))
		if p.total > 0 && p.step > 0 {
			left := max(p.total-p.step, 0)
			parts = append(parts, "ETA "+duration(elapsed/time.Duration(p.step)*time.Duration(left)))
		}
	}
	line := strings.Join(parts, ", ")
	bar := "<progress></progress>" // indeterminate: the total is unknown
	if p.total > 0 {
		bar = fmt.Sprintf(`<progress value="%d" max="%d"></progress>`, min(p.step, p.total), p.total)
	}
	html := fmt.Sprintf(`<div class="gobackprop-progress">%s <span style="font-family:monospace">%s</span></div>`, bar, line)
	return display.Bundle{display.MIMEHTML: html, display.MIMEText: line}
}

// duration formats d for people: tenths of a second under a minute, whole
// seconds above.
func duration(d time.Duration) string {
	if d < time.Minute {
		return fmt.Sprintf("%.1fs", d.Seconds())
	}
	return d.Round(time.Second).String()
}
