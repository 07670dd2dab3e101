//go:build linux

package e2e

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// cell is a notebook cell as the page shows it.
type cell struct {
	Index   int      `json:"index"`
	Code    bool     `json:"code"`
	Prompt  string   `json:"prompt"` // "In [3]:", "In [*]:", "In [ ]:"
	Source  string   `json:"source"`
	Outputs []output `json:"outputs"`
}

// output is one output area under a cell.
type output struct {
	Class    string  `json:"class"` // of .output_subarea: output_stdout, output_error, output_png, ...
	Text     string  `json:"text"`  // as rendered (innerText)
	Images   []image `json:"images"`
	Progress bool    `json:"progress"` // holds a <progress> bar
}

// image is an <img> or <svg> in an output area: its decoded size and its
// size on the page.
type image struct {
	Tag           string  `json:"tag"`
	Complete      bool    `json:"complete"`
	NaturalWidth  int     `json:"natural_width"`
	NaturalHeight int     `json:"natural_height"`
	Width         float64 `json:"width"`
	Height        float64 `json:"height"`
}

type cells []cell

// jsCells reads every cell of the page: its prompt, its source from
// CodeMirror and its output areas.
const jsCells = `Array.from(document.querySelectorAll('#notebook-container .cell')).map((c, index) => {
	const cm = c.querySelector('.CodeMirror');
	const prompt = c.querySelector('.input_prompt');
	return {
		index: index,
		code: c.classList.contains('code_cell'),
		prompt: prompt ? prompt.textContent.replace(/\s+/g, ' ').trim() : '',
		source: cm && cm.CodeMirror ? cm.CodeMirror.getValue() : '',
		outputs: Array.from(c.querySelectorAll('.output_area')).map(o => {
			const s = o.querySelector('.output_subarea');
			return {
				class: s ? s.className : '',
				text: s ? s.innerText : '',
				progress: !!o.querySelector('progress'),
				images: Array.from(o.querySelectorAll('img, svg')).map(i => {
					const r = i.getBoundingClientRect();
					const img = i.tagName === 'IMG';
					return {tag: i.tagName.toLowerCase(), complete: img ? i.complete : true,
						natural_width: img ? i.naturalWidth : Math.round(r.width),
						natural_height: img ? i.naturalHeight : Math.round(r.height),
						width: r.width, height: r.height};
				}),
			};
		}),
	};
})`

func (b *browser) cells(t *testing.T) cells {
	t.Helper()
	return evaluate[cells](t, b, jsCells)
}

// find returns the first code cell whose source contains s, or nil.
func (cs cells) find(s string) *cell {
	for i := range cs {
		if cs[i].Code && strings.Contains(cs[i].Source, s) {
			return &cs[i]
		}
	}
	return nil
}

// printedInOrder reports whether a line of one output area holds the
// numbers want, in that order, maybe with others between them: "df/dx = -4
// df/dy = -4 df/dz = 3" holds -4, -4, 3.
func (cs cells) printedInOrder(want ...float64) bool {
	for _, c := range cs {
		for _, o := range c.Outputs {
			for line := range strings.Lines(o.Text) {
				rest := want
				for _, m := range number.FindAllString(line, -1) {
					if v, err := strconv.ParseFloat(m, 64); err == nil && len(rest) > 0 && v == rest[0] {
						rest = rest[1:]
					}
				}
				if len(rest) == 0 {
					return true
				}
			}
		}
	}
	return false
}

var number = regexp.MustCompile(`-?\d+(\.\d+)?([eE][-+]?\d+)?`)

// texts lists the outputs of every code cell, for failure messages.
func (cs cells) texts() string {
	var b strings.Builder
	for _, c := range cs {
		if c.Code {
			fmt.Fprintf(&b, "%s %s\n", c.Prompt, indent(c.texts()))
		}
	}
	return b.String()
}

// texts is the text of the cell's output areas, one after another.
func (c *cell) texts() string {
	var parts []string
	for _, o := range c.Outputs {
		parts = append(parts, fmt.Sprintf("[%s] %s", strings.TrimPrefix(o.Class, "output_subarea "), o.Text))
	}
	return strings.Join(parts, "\n")
}

func indent(s string) string { return strings.ReplaceAll(s, "\n", "\n\t") }

var numbered = regexp.MustCompile(`^In \[\d+\]:$`)

func promptNumbered(p string) bool { return numbered.MatchString(p) }

// checkAllRan fails if a code cell was not run: its prompt has no number.
func checkAllRan(t *testing.T, cs cells) {
	t.Helper()
	for _, c := range cs {
		if c.Code && strings.TrimSpace(c.Source) != "" && !promptNumbered(c.Prompt) {
			t.Errorf("cell %d shows prompt %q, want In [n]: (not run?)\n%s", c.Index+1, c.Prompt, c.Source)
		}
	}
}

// checkNoErrors fails for every error output area (.output_error), the
// red traceback a student would see.
func checkNoErrors(t *testing.T, cs cells) {
	t.Helper()
	for _, c := range cs {
		for _, o := range c.Outputs {
			if strings.Contains(o.Class, "output_error") {
				t.Errorf("cell %d shows an error:\n%s\nsource:\n%s", c.Index+1, o.Text, c.Source)
			}
		}
	}
}

// checkPictures fails unless some code cell's source matches drawing, every
// such cell shows a picture, and every picture on the page has decoded and takes
// room: a broken image is a small icon, not an empty output.
func checkPictures(t *testing.T, cs cells, drawing string) {
	t.Helper()
	draws := regexp.MustCompile(drawing)
	drawn := 0
	for _, c := range cs {
		n := 0
		for _, o := range c.Outputs {
			for _, img := range o.Images {
				n++
				if !img.Complete || img.NaturalWidth == 0 || img.NaturalHeight == 0 || img.Width == 0 || img.Height == 0 {
					t.Errorf("cell %d: got <%s> complete=%v natural %dx%d shown %.0fx%.0f, want a loaded picture with a size",
						c.Index+1, img.Tag, img.Complete, img.NaturalWidth, img.NaturalHeight, img.Width, img.Height)
				}
			}
		}
		if c.Code && draws.MatchString(c.Source) {
			drawn++
			if n == 0 {
				t.Errorf("cell %d draws (%s) but shows no picture; outputs:\n%s", c.Index+1, drawing, c.texts())
			}
		}
	}
	if drawn == 0 {
		t.Errorf("no code cell matches %s: nothing to look at", drawing)
	}
}

// updateCount is how many different pictures and progress bar texts one
// cell's outputs have shown since watchOutputs.
type updateCount struct {
	Images   int `json:"images"`
	Progress int `json:"progress"`
}

// watchOutputs starts recording, per cell, every different picture and
// output text that appears, so that a test can tell an output updated in
// place from one drawn once: the page only keeps the last state.
func (b *browser) watchOutputs(t *testing.T) {
	t.Helper()
	b.do(t, "watch the outputs", chromedp.Evaluate[chromedp.Void](`(() => {
		const hash = s => { let h = 2166136261; for (let i = 0; i < s.length; i++) { h = Math.imul(h ^ s.charCodeAt(i), 16777619); } return s.length + ':' + (h >>> 0); };
		const seen = window.e2eSeen = {};
		const record = () => document.querySelectorAll('#notebook-container .cell').forEach((c, i) => {
			const s = seen[i] = seen[i] || {images: new Set(), progress: new Set()};
			c.querySelectorAll('.output_area img').forEach(img => s.images.add(hash(img.src)));
			c.querySelectorAll('.output_area progress').forEach(p => s.progress.add(p.parentElement.textContent + p.value));
		});
		new MutationObserver(record).observe(document.querySelector('#notebook-container'),
			{subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['src']});
	})()`))
}

// updates returns what watchOutputs recorded, by cell index.
func (b *browser) updates(t *testing.T) map[int]updateCount {
	t.Helper()
	return evaluate[map[int]updateCount](t, b, `Object.fromEntries(Object.entries(window.e2eSeen || {}).map(
		([i, s]) => [i, {images: s.images.size, progress: s.progress.size}]))`)
}
