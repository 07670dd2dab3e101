package display

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"sync"
	"time"

	"github.com/google/uuid"
)

// Show publishes a bundle as a new output of the running cell.
func Show(b Bundle) { Current().Display(Output{Data: b}) }

// HTML shows s as HTML.
func HTML(s string) { Show(HTMLBundle(s)) }

// Markdown shows s as Markdown.
func Markdown(s string) { Show(MarkdownBundle(s)) }

// LaTeX shows s as LaTeX, for example "$\\frac{\\partial f}{\\partial x}$".
func LaTeX(s string) { Show(LaTeXBundle(s)) }

// SVG shows an SVG document.
func SVG(s string) { Show(SVGBundle(s)) }

// PNG shows PNG-encoded bytes.
func PNG(b []byte) { Show(PNGBundle(b)) }

// JPEG shows JPEG-encoded bytes.
func JPEG(b []byte) { Show(JPEGBundle(b)) }

// JSON shows v as a collapsible JSON tree. A value that cannot be encoded
// is reported on the cell's stderr.
func JSON(v any) {
	b, err := JSONBundle(v)
	if err != nil {
		Current().Stream("stderr", err.Error()+"\n")
		return
	}
	Show(b)
}

// Image shows img as a PNG.
func Image(img image.Image) { Show(ImageBundle(img)) }

// ImageBundle encodes img as a PNG bundle.
func ImageBundle(img image.Image) Bundle {
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return TextBundle(fmt.Sprintf("<image that could not be encoded: %v>", err))
	}
	return PNGBundle(buf.Bytes())
}

// Value shows v richly if it is a Renderer and as %v text otherwise.
func Value(v any) { Show(BundleOf(v)) }

// BundleOf returns the bundle a value shows as: its own if it is a
// Renderer, else its %v text.
func BundleOf(v any) Bundle {
	if r, ok := v.(Renderer); ok {
		if b := r.MIMEBundle(); len(b) > 0 {
			out := Bundle(b)
			if _, ok := out[MIMEText]; !ok {
				out[MIMEText] = fmt.Sprintf("%v", v)
			}
			return out
		}
	}
	return TextBundle(fmt.Sprintf("%v", v))
}

// Clear clears the running cell's outputs. With wait set the clearing
// happens when the next output arrives, which avoids flicker in loops that
// redraw.
func Clear(wait bool) { Current().ClearOutput(wait) }

// Handle is an output that can be replaced in place. It is safe for use by
// several goroutines.
type Handle struct {
	id       string
	frontend Frontend

	mu       sync.Mutex
	interval time.Duration
	last     time.Time
	pending  Bundle
}

// New shows b as a new output and returns a handle to update it. Updates
// are throttled to at most ten per second; Flush sends the latest one.
func New(b Bundle) *Handle {
	h := &Handle{id: uuid.NewString(), frontend: Current(), interval: 100 * time.Millisecond}
	h.frontend.Display(Output{Data: b, DisplayID: h.id})
	h.last = time.Now()
	return h
}

// ID returns the display_id that identifies the output.
func (h *Handle) ID() string { return h.id }

// SetInterval changes the minimum time between two updates sent to the
// frontend; zero sends every update.
func (h *Handle) SetInterval(d time.Duration) {
	h.mu.Lock()
	h.interval = d
	h.mu.Unlock()
}

// Update replaces the output with b. An update that comes sooner than the
// handle's interval after the previous one is kept and sent by the next
// Update or by Flush, so a fast loop costs no more than ten redraws a
// second.
func (h *Handle) Update(b Bundle) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if time.Since(h.last) < h.interval {
		h.pending = b
		return
	}
	h.send(b)
}

// UpdateValue replaces the output with v's bundle (see BundleOf).
func (h *Handle) UpdateValue(v any) { h.Update(BundleOf(v)) }

// Flush sends the last throttled update, if any. Call it when a loop ends
// so the final state is what stays on screen.
func (h *Handle) Flush() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.pending != nil {
		h.send(h.pending)
	}
}

func (h *Handle) send(b Bundle) {
	h.pending = nil
	h.last = time.Now()
	h.frontend.Display(Output{Data: b, DisplayID: h.id, Update: true})
}
