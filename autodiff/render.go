package autodiff

import (
	"fmt"
	"html"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/mat"
)

// A notebook shows the last value of a cell through MIMEBundle: the display
// layer detects the method by interface and sends every representation, and
// the front end picks the richest it can draw. Values are drawn as the slides
// draw a wire: the forward value in green, the gradient in red (lecture
// section 2).

// elideAbove is the size beyond which a tensor shows only its first and last
// elideEdge rows or columns: a 500x3073 minibatch must not flood the page.
const (
	elideAbove = 10
	elideEdge  = 4
)

// String returns v as "Value(label=x, data=-2, grad=-4)", leaving out the
// label of an unlabeled value.
func (v *Value) String() string {
	label := ""
	if v.Label != "" {
		label = "label=" + v.Label + ", "
	}
	return fmt.Sprintf("Value(%sdata=%s, grad=%s)", label, num(v.Data), num(v.Grad))
}

// MIMEBundle returns v for a notebook: "text/plain" is String, "text/html"
// one line with the label, the data in green and the gradient in red.
func (v *Value) MIMEBundle() map[string]any {
	var b strings.Builder
	b.WriteString(`<span class="autodiff-value">`)
	if v.Label != "" {
		fmt.Fprintf(&b, "<b>%s</b> ", html.EscapeString(v.Label))
	}
	if v.op != "" {
		fmt.Fprintf(&b, "(%s) ", html.EscapeString(v.op))
	}
	fmt.Fprintf(&b, `data <span style="color:green">%s</span> grad <span style="color:#c00">%s</span></span>`,
		num(v.Data), num(v.Grad))
	return map[string]any{"text/plain": v.String(), "text/html": b.String()}
}

// String returns a header line with t's label, shape and operation, then
// Data and, if it has one, Grad, eliding the middle rows and columns of
// matrices larger than 10 in either direction.
func (t *Tensor) String() string {
	var b strings.Builder
	b.WriteString(t.header())
	for _, m := range t.matrices() {
		fmt.Fprintf(&b, "\n%s:\n", m.name)
		// gonum's Squeeze panics together with Excerpt (v0.17), so a large
		// matrix keeps full-width columns.
		opts := []mat.FormatOption{mat.Squeeze()}
		if r, c := m.Dims(); r > elideAbove || c > elideAbove {
			opts = []mat.FormatOption{mat.Excerpt(elideEdge)}
		}
		fmt.Fprintf(&b, "%.6g", mat.Formatted(m, opts...))
	}
	return b.String()
}

// MIMEBundle returns t for a notebook: "text/plain" is String, "text/html"
// the header and an HTML table of Data (and of Grad, if it has one), showing
// only the first and last 4 rows and columns of a matrix larger than 10 in
// either direction, with the shape in the header.
func (t *Tensor) MIMEBundle() map[string]any {
	var b strings.Builder
	b.WriteString(`<div class="autodiff-tensor">`)
	fmt.Fprintf(&b, "<div><code>%s</code></div>", html.EscapeString(t.header()))
	for _, m := range t.matrices() {
		htmlTable(&b, m.name, m.color, m.Dense)
	}
	b.WriteString("</div>")
	return map[string]any{"text/plain": t.String(), "text/html": b.String()}
}

func (t *Tensor) header() string {
	var parts []string
	if t.Label != "" {
		parts = append(parts, "label="+t.Label)
	}
	parts = append(parts, shape(t))
	if t.op != "" {
		parts = append(parts, "op="+t.op)
	}
	return "Tensor(" + strings.Join(parts, ", ") + ")"
}

type namedMatrix struct {
	name, color string
	*mat.Dense
}

func (t *Tensor) matrices() []namedMatrix {
	ms := []namedMatrix{{"data", "green", t.Data}}
	if t.Grad != nil {
		ms = append(ms, namedMatrix{"grad", "#c00", t.Grad})
	}
	return ms
}

// htmlTable writes m as a table, eliding its middle rows and columns when it
// is large.
func htmlTable(b *strings.Builder, name, color string, m *mat.Dense) {
	r, c := m.Dims()
	rows, cols := shown(r), shown(c)
	fmt.Fprintf(b, `<table style="color:%s"><caption>%s</caption>`, color, name)
	for _, i := range rows {
		b.WriteString("<tr>")
		for _, j := range cols {
			switch {
			case i < 0 && j < 0:
				b.WriteString("<td>⋱</td>")
			case i < 0:
				b.WriteString("<td>⋮</td>")
			case j < 0:
				b.WriteString("<td>…</td>")
			default:
				fmt.Fprintf(b, "<td>%.6g</td>", m.At(i, j))
			}
		}
		b.WriteString("</tr>")
	}
	b.WriteString("</table>")
}

// shown returns the indices 0..n-1 to draw, with -1 standing for the elided
// middle when n is large.
func shown(n int) []int {
	var idx []int
	if n <= elideAbove {
		for i := 0; i < n; i++ {
			idx = append(idx, i)
		}
		return idx
	}
	for i := 0; i < elideEdge; i++ {
		idx = append(idx, i)
	}
	idx = append(idx, -1)
	for i := n - elideEdge; i < n; i++ {
		idx = append(idx, i)
	}
	return idx
}

// num formats x in the shortest form that reads back as x.
func num(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
