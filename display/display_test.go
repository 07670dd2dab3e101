package display

import (
	"encoding/base64"
	"image"
	"image/color"
	"strings"
	"sync"
	"testing"
	"time"
)

// fake is a frontend that keeps every output.
type fake struct {
	mu      sync.Mutex
	outs    []Output
	clears  []bool
	streams []string
}

func (f *fake) Stream(name, text string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.streams = append(f.streams, name+":"+text)
}
func (f *fake) Display(o Output) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.outs = append(f.outs, o)
}
func (f *fake) ClearOutput(wait bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.clears = append(f.clears, wait)
}
func (f *fake) Input(string, bool) (string, error) { return "", ErrNoInput }

func capture(t *testing.T) *fake {
	f := &fake{}
	t.Cleanup(Use(f))
	return f
}

func TestPublishers(t *testing.T) {
	img := image.NewGray(image.Rect(0, 0, 2, 2))
	img.Set(1, 1, color.White)
	tests := []struct {
		name string
		show func()
		mime string
	}{
		{"HTML", func() { HTML("<b>x</b>") }, MIMEHTML},
		{"Markdown", func() { Markdown("**x**") }, MIMEMarkdown},
		{"LaTeX", func() { LaTeX("$x^2$") }, MIMELaTeX},
		{"SVG", func() { SVG("<svg></svg>") }, MIMESVG},
		{"PNG", func() { PNG([]byte("\x89PNG")) }, MIMEPNG},
		{"JPEG", func() { JPEG([]byte{0xff, 0xd8}) }, MIMEJPEG},
		{"JSON", func() { JSON(map[string]int{"a": 1}) }, MIMEJSON},
		{"Image", func() { Image(img) }, MIMEPNG},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := capture(t)
			tc.show()
			if len(f.outs) != 1 {
				t.Fatalf("got %d outputs, want 1", len(f.outs))
			}
			o := f.outs[0]
			if _, ok := o.Data[tc.mime]; !ok || o.Update || o.DisplayID != "" {
				t.Errorf("got %+v, want a new %s output", o, tc.mime)
			}
			if _, ok := o.Data[MIMEText]; !ok {
				t.Errorf("got %v, want a text/plain fallback", o.Data)
			}
		})
	}
}

func TestPNGIsBase64(t *testing.T) {
	b := PNGBundle([]byte{1, 2, 3})
	got, err := base64.StdEncoding.DecodeString(b[MIMEPNG].(string))
	if err != nil || string(got) != "\x01\x02\x03" {
		t.Errorf("got %q %v, want the bytes back", got, err)
	}
}

func TestJSONRejectsUnencodable(t *testing.T) {
	f := capture(t)
	JSON(func() {})
	if len(f.outs) != 0 || len(f.streams) != 1 || !strings.HasPrefix(f.streams[0], "stderr:display: JSON") {
		t.Errorf("got outputs %v and streams %q, want one error on stderr", f.outs, f.streams)
	}
}

type rich struct{}

func (rich) MIMEBundle() map[string]any { return map[string]any{MIMEHTML: "<i>rich</i>"} }

func TestBundleOf(t *testing.T) {
	if b := BundleOf(rich{}); b[MIMEHTML] != "<i>rich</i>" || b[MIMEText] != "{}" {
		t.Errorf("got %v, want the value's own HTML plus a %%v fallback", b)
	}
	if b := BundleOf(3.5); b[MIMEText] != "3.5" || len(b) != 1 {
		t.Errorf("got %v, want text 3.5", b)
	}
}

func TestHandleUpdatesInPlaceAndThrottles(t *testing.T) {
	f := capture(t)
	h := New(TextBundle("0"))
	for i := 1; i <= 100; i++ {
		h.Update(TextBundle(strings.Repeat("x", i)))
	}
	h.Flush()
	if len(f.outs) < 2 || len(f.outs) > 4 {
		t.Fatalf("got %d outputs for 100 quick updates, want the first display and a few throttled updates", len(f.outs))
	}
	for i, o := range f.outs {
		if o.DisplayID != h.ID() || o.Update != (i > 0) {
			t.Errorf("output %d: got id %q update %v, want id %q update %v", i, o.DisplayID, o.Update, h.ID(), i > 0)
		}
	}
	if last := f.outs[len(f.outs)-1]; last.Data[MIMEText] != strings.Repeat("x", 100) {
		t.Errorf("got final %v, want the last update", last.Data[MIMEText])
	}
}

func TestHandleWithoutThrottle(t *testing.T) {
	f := capture(t)
	h := New(TextBundle("a"))
	h.SetInterval(0)
	h.Update(TextBundle("b"))
	h.Update(TextBundle("c"))
	if len(f.outs) != 3 {
		t.Errorf("got %d outputs, want 3", len(f.outs))
	}
	time.Sleep(time.Millisecond)
}

func TestClearAndUseRestores(t *testing.T) {
	outer := capture(t)
	inner := &fake{}
	restore := Use(inner)
	Clear(true)
	restore()
	Clear(false)
	if len(inner.clears) != 1 || !inner.clears[0] || len(outer.clears) != 1 || outer.clears[0] {
		t.Errorf("got inner %v outer %v, want Clear to reach the frontend in use", inner.clears, outer.clears)
	}
}

func TestNoFrontendDiscards(t *testing.T) {
	HTML("nobody listens") // must not panic
	if _, err := Current().Input("", false); err != ErrNoInput {
		t.Errorf("got %v, want ErrNoInput", err)
	}
}
