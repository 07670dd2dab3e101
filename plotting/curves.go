package plotting

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Series is one named curve of Curves, such as the training accuracy, or the
// loss for one learning rate. Y holds the values; X their positions along
// the horizontal axis, in increasing order, or nil for 0, 1, 2, ... (the
// iteration number). Non-finite values (a loss that diverged) are left out
// and the series' legend entry says where the trouble started.
type Series struct {
	Name string
	Y    []float64
	X    []float64
}

// LossCurve returns a figure of a loss history, one value per iteration, as
// CS231n's training notebooks plot it: iterations across, loss up. Long
// histories are drawn as the band between the lowest and highest loss of
// each pixel column, which looks like the full noisy line, keeps every
// spike, and renders in milliseconds where drawing every segment would take
// seconds.
func LossCurve(history []float64, opts ...Option) *Figure {
	cfg := configure(opts)
	return curves([]Series{{Y: history}}, cfg, "loss", lossSummary(history))
}

// Curves returns a figure with several series on the same axes and a legend
// naming them: training against validation accuracy, or one loss curve per
// learning rate. The horizontal axis is labelled "iteration" unless XLabel
// says otherwise (use "epoch" for per-epoch accuracies). Curves panics if a
// series has an X of a different length than its Y, naming the series.
func Curves(series []Series, opts ...Option) *Figure {
	cfg := configure(opts)
	parts := make([]string, 0, len(series))
	for i, s := range series {
		if s.X != nil && len(s.X) != len(s.Y) {
			panic(fmt.Sprintf("plotting: Curves: series %d (%q) has %d X values for %d Y values", i, s.Name, len(s.X), len(s.Y)))
		}
		parts = append(parts, fmt.Sprintf("%s (%d points%s)", seriesName(s, i), len(s.Y), lastValue(s.Y)))
	}
	return curves(series, cfg, "", "<curves: "+strings.Join(parts, ", ")+">")
}

func lossSummary(h []float64) string {
	if len(h) == 0 {
		return "<loss curve: no values yet>"
	}
	return fmt.Sprintf("<loss curve: %d iterations, first %s, last %s>", len(h), num(h[0]), num(h[len(h)-1]))
}

func lastValue(y []float64) string {
	if len(y) == 0 {
		return ""
	}
	return ", last " + num(y[len(y)-1])
}

func seriesName(s Series, i int) string {
	if s.Name != "" {
		return s.Name
	}
	return fmt.Sprintf("series %d", i)
}

// curves draws series on one gonum plot. The data is copied into traces
// here, so the figure keeps the values it was built from.
func curves(series []Series, cfg config, yLabel, summary string) *Figure {
	traces := make([]*trace, len(series))
	named := false
	for i, s := range series {
		traces[i] = newTrace(s, cfg.logY, cfg.xlabel("iteration"), paletteColor(i))
		named = named || s.Name != "" || traces[i].diverged != ""
	}
	w, h := cfg.size(640, 400)
	return newFigure(cfg, w, h, summary, func(c draw.Canvas) {
		p := newPlot(cfg)
		p.X.Label.Text = cfg.xlabel("iteration")
		p.Y.Label.Text = cfg.ylabel(yLabel)
		grid := plotter.NewGrid()
		grid.Vertical.Color, grid.Horizontal.Color = gridColor, gridColor
		p.Add(grid)
		drawn := false
		for i, t := range traces {
			if named { // even with nothing to draw: "diverged at iteration 0" is news
				p.Legend.Add(seriesName(series[i], i)+t.diverged, t)
			}
			if !t.empty() {
				p.Add(t)
				drawn = true
			}
		}
		logY := cfg.logY && drawn
		if logY {
			p.Y.Scale = plot.LogScale{}
			p.Y.Tick.Marker = logTicks{}
		}
		p.Legend.Top = legendOnTop(traces)
		legendRows := 0
		if named {
			legendRows = len(series)
		}
		c = inset(c)
		if drawn {
			padY(p, c, logY, p.Legend.Top, legendRows)
		}
		p.Draw(c)
	})
}

// padY widens the y range by a margin so that curves do not run along the
// frame, and on the legend's side by its height, so that the legend sits
// over empty plot instead of over the curves.
func padY(p *plot.Plot, c draw.Canvas, logY, top bool, legendRows int) {
	lo, hi := p.Y.Min, p.Y.Max
	if logY {
		lo, hi = math.Log10(lo), math.Log10(hi)
	}
	span := hi - lo
	if span <= 0 {
		span = math.Max(math.Abs(hi), 1)
	}
	area := float64(c.Max.Y-c.Min.Y) - 70 // roughly the data area, in points
	legend := float64(legendRows) * 13 / math.Max(area, 50)
	below, above := 0.04, 0.04
	if top {
		above += legend
	} else {
		below += legend
	}
	// Grow the span so that the padding fractions are of the final range.
	full := span / (1 - above - below)
	lo, hi = lo-below*full, hi+above*full
	if logY {
		lo, hi = math.Pow(10, lo), math.Pow(10, hi)
	}
	p.Y.Min, p.Y.Max = lo, hi
}

// legendOnTop puts the legend where the curves are not at the right edge:
// on top for falling losses, at the bottom for rising accuracies.
func legendOnTop(traces []*trace) bool {
	var ymin, ymax, ends float64 = math.Inf(1), math.Inf(-1), 0
	n := 0
	for _, t := range traces {
		if t.empty() {
			continue
		}
		_, _, lo, hi := t.DataRange()
		ymin, ymax = math.Min(ymin, lo), math.Max(ymax, hi)
		seg := t.segments[len(t.segments)-1]
		ends += seg[len(seg)-1].Y
		n++
	}
	return n == 0 || ends/float64(n) < (ymin+ymax)/2
}

// trace is one series ready to draw: its finite runs of points, split where
// a value cannot be drawn (NaN, Inf, or non-positive on a log axis).
type trace struct {
	segments []plotter.XYs
	color    color.Color
	diverged string // " (diverged at iteration k)" or ""
}

// newTrace copies s into runs of drawable points. xName is what the x axis
// counts ("iteration", "epoch"), for the note on where a series diverged.
func newTrace(s Series, logY bool, xName string, c color.Color) *trace {
	t := &trace{color: c}
	var run plotter.XYs
	for i, y := range s.Y {
		x := float64(i)
		if s.X != nil {
			x = s.X[i]
		}
		bad := math.IsNaN(y) || math.IsInf(y, 0) || math.IsNaN(x) || math.IsInf(x, 0)
		if bad && t.diverged == "" {
			where := num(x)
			if xName != "" {
				where = xName + " " + where
			}
			t.diverged = " (diverged at " + where + ")"
		}
		if bad || (logY && y <= 0) {
			if len(run) > 0 {
				t.segments = append(t.segments, run)
				run = nil
			}
			continue
		}
		run = append(run, plotter.XY{X: x, Y: y})
	}
	if len(run) > 0 {
		t.segments = append(t.segments, run)
	}
	return t
}

func (t *trace) empty() bool { return len(t.segments) == 0 }

// DataRange implements plot.DataRanger so that the axes fit the data.
func (t *trace) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, ymin = math.Inf(1), math.Inf(1)
	xmax, ymax = math.Inf(-1), math.Inf(-1)
	for _, seg := range t.segments {
		for _, p := range seg {
			xmin, xmax = math.Min(xmin, p.X), math.Max(xmax, p.X)
			ymin, ymax = math.Min(ymin, p.Y), math.Max(ymax, p.Y)
		}
	}
	return xmin, xmax, ymin, ymax
}

// lineWidth is the width of a curve; the envelope band is at least as thick.
const lineWidth = vg.Length(1.2)

// Plot implements plot.Plotter. A run with no more points than the plot has
// pixel columns is stroked as a line. A longer run is decimated to one
// column of pixels per bucket and filled as the band between each bucket's
// minimum and maximum: every pixel the full line would have inked is inked,
// spikes included, but the rasterizer sees a few hundred edges instead of
// thousands of overlapping strokes (gonum/plot's PNG rasterizer needs
// seconds for 10,000 noisy points).
func (t *trace) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	columns := int((c.Max.X - c.Min.X) / px(1))
	style := draw.LineStyle{Color: t.color, Width: lineWidth}
	for _, seg := range t.segments {
		pts := make([]vg.Point, len(seg))
		for i, q := range seg {
			pts[i] = vg.Point{X: trX(q.X), Y: trY(q.Y)}
		}
		if len(pts) <= columns {
			c.StrokeLines(style, c.ClipLinesXY(pts)...)
			continue
		}
		// Buckets on the device's pixel columns: a spike fills one column
		// instead of half-covering two.
		x0 := vg.Length(math.Floor(float64(c.Min.X/px(1)))) * px(1)
		c.FillPolygon(t.color, envelope(pts, x0, px(1), lineWidth/2))
	}
}

// envelope returns the outline of the band covering pts (ordered by X),
// bucketed into columns of width col starting at x0: across the top the
// maximum of each column, then back along the bottom its minimum. Each
// column is inked over its full width, so a one-iteration spike is a line
// of full colour, not a hairline triangle. A column also covers the last
// point of the previous one, so neighbours join the way the segments of a
// line would, and the band is widened by half a line width on each side so
// that a flat stretch is still a visible line.
func envelope(pts []vg.Point, x0, col, half vg.Length) []vg.Point {
	var upper, lower []vg.Point
	bucketOf := func(x vg.Length) int { return int(math.Floor(float64((x - x0) / col))) }
	start, end := pts[0].X, pts[len(pts)-1].X
	for i := 0; i < len(pts); {
		b := bucketOf(pts[i].X)
		lo, hi := pts[i].Y, pts[i].Y
		if i > 0 {
			lo, hi = min(lo, pts[i-1].Y), max(hi, pts[i-1].Y)
		}
		for ; i < len(pts) && bucketOf(pts[i].X) == b; i++ {
			lo, hi = min(lo, pts[i].Y), max(hi, pts[i].Y)
		}
		left := max(start, x0+vg.Length(b)*col)
		right := min(end, x0+vg.Length(b+1)*col)
		upper = append(upper, vg.Point{X: left, Y: hi + half}, vg.Point{X: right, Y: hi + half})
		lower = append(lower, vg.Point{X: left, Y: lo - half}, vg.Point{X: right, Y: lo - half})
	}
	for j := len(lower) - 1; j >= 0; j-- {
		upper = append(upper, lower[j])
	}
	return upper
}

// Thumbnail implements plot.Thumbnailer: a short line in the series' colour
// for the legend.
func (t *trace) Thumbnail(c *draw.Canvas) {
	y := c.Center().Y
	c.StrokeLine2(draw.LineStyle{Color: t.color, Width: 2 * lineWidth}, c.Min.X, y, c.Max.X, y)
}

// num formats a number compactly for labels: four significant digits, no
// trailing zeros, and "0" for negative zero.
func num(x float64) string {
	if x == 0 {
		return "0"
	}
	return fmt.Sprintf("%.4g", x)
}
