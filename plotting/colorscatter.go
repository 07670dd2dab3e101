package plotting

import (
	"fmt"
	"math"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/palette/moreland"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// colorBarWidth is the room, in points, right of a ColorScatter's axes for
// its colour bar, tick labels and label.
const colorBarWidth = 78

// ColorScatter returns CS231n's picture of a hyperparameter search: one
// large dot per setting at (x[i], y[i]), coloured by c[i] on matplotlib's
// coolwarm scale (blue low, red high) with a colour bar that says which
// colour is which value, and c[i] written beside each dot. CS231n puts the
// learning rate across and the regularization strength up, both on log
// axes (LogX, LogY), and colours by validation accuracy; name the colour
// with ColorLabel. The colour scale spans the values of c unless
// ColorRange fixes it, which lets two figures share one scale.
//
// ColorScatter panics if x, y and c differ in length. Points with a value
// that is not finite, or not positive on a log axis, are left out.
func ColorScatter(x, y, c []float64, opts ...Option) *Figure {
	if len(x) != len(y) || len(x) != len(c) {
		panic(fmt.Sprintf("plotting: ColorScatter: %d x, %d y and %d colour values; every point needs all three", len(x), len(y), len(c)))
	}
	cfg := configure(opts)
	var pts plotter.XYZs
	for i := range x {
		ok := !math.IsNaN(x[i]+y[i]+c[i]) && !math.IsInf(x[i]+y[i]+c[i], 0)
		if ok && (!cfg.logX || x[i] > 0) && (!cfg.logY || y[i] > 0) {
			pts = append(pts, plotter.XYZ{X: logIf(cfg.logX, x[i]), Y: logIf(cfg.logY, y[i]), Z: c[i]})
		}
	}
	lo, hi := cfg.colorLo, cfg.colorHi
	if !(hi > lo) {
		lo, hi = math.Inf(1), math.Inf(-1)
		for _, p := range pts {
			lo, hi = math.Min(lo, p.Z), math.Max(hi, p.Z)
		}
		if !(hi > lo) { // one value, or none: a scale around it
			lo, hi = lo-0.5, lo+0.5
			if len(pts) == 0 {
				lo, hi = 0, 1
			}
		}
	}
	cmap := moreland.SmoothBlueRed() // Moreland's diverging map is matplotlib's coolwarm
	cmap.SetMin(lo)
	cmap.SetMax(hi)
	summary := fmt.Sprintf("<colour scatter: %d points, colour from %s to %s>", len(pts), num(lo), num(hi))
	w, h := cfg.size(640, 400)
	return newFigure(cfg, w, h, summary, func(cv draw.Canvas) {
		cv = inset(cv)
		main, bar := cv, cv
		main.Max.X -= colorBarWidth
		bar.Min.X = main.Max.X + 6

		p := pointPlot(cfg)
		if len(pts) > 0 {
			dots, _ := plotter.NewScatter(pts)
			dots.GlyphStyleFunc = func(i int) draw.GlyphStyle {
				col, err := cmap.At(math.Max(lo, math.Min(hi, pts[i].Z)))
				if err != nil {
					col = mutedColor
				}
				return draw.GlyphStyle{Color: col, Radius: vg.Points(8), Shape: draw.CircleGlyph{}}
			}
			texts := make([]string, len(pts))
			for i, pt := range pts {
				texts[i] = strconv.FormatFloat(pt.Z, 'f', 3, 64)
			}
			labels, _ := plotter.NewLabels(plotter.XYLabels{XYs: xyOf(pts), Labels: texts})
			for i := range labels.TextStyle {
				labels.TextStyle[i] = textStyle(9, inkColor, draw.XLeft, draw.YCenter)
			}
			labels.Offset = vg.Point{X: 11}
			p.Add(dots, labels)
			pad(&p.X, pts, func(pt plotter.XYZ) float64 { return pt.X }, cfg.logX, 0.35)
			pad(&p.Y, pts, func(pt plotter.XYZ) float64 { return pt.Y }, cfg.logY, 0.12)
		}
		p.Draw(main)

		// The colour bar, in a plot of its own that shares the main plot's
		// height so its ends line up with the axes.
		cb := newPlot(config{})
		cb.HideX()
		cb.Y.Label.Text = cfg.colorLabel
		cb.Y.Tick.Marker = niceTicks{}
		cb.Add(&plotter.ColorBar{ColorMap: cmap, Vertical: true})
		cb.X.Padding, cb.Y.Padding = 0, 0
		data := p.DataCanvas(main) // the bar runs as high as the main plot's axes
		bar.Min.Y, bar.Max.Y = data.Min.Y, data.Max.Y
		axis := cb.DataCanvas(bar).Min.X - bar.Min.X // the bar's tick labels and label, on its left
		bar.Max.X = bar.Min.X + axis + 14
		cb.Draw(bar)
	})
}

// xyOf returns the positions of points.
func xyOf(pts plotter.XYZs) plotter.XYs {
	xys := make(plotter.XYs, len(pts))
	for i, p := range pts {
		xys[i] = plotter.XY{X: p.X, Y: p.Y}
	}
	return xys
}

// logIf returns log10(v) on a log axis, v on a linear one. ColorScatter
// draws a log axis as a linear axis of exponents with ticks labelled by
// the values (decadeTicks): gonum's LogScale shrinks the plot around large
// glyphs as if they were far from the points they mark.
func logIf(log bool, v float64) float64 {
	if log {
		return math.Log10(v)
	}
	return v
}

// pad leaves room around the outermost points of an axis, a fraction frac
// of its span on each side (of at least half a decade on a log axis), so
// dots are not cut by the frame, and labels a log axis by its values.
func pad(a *plot.Axis, pts plotter.XYZs, get func(plotter.XYZ) float64, log bool, frac float64) {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, p := range pts {
		lo, hi = math.Min(lo, get(p)), math.Max(hi, get(p))
	}
	span := hi - lo
	if log {
		a.Tick.Marker = decadeTicks{}
		span = math.Max(span, 0.5)
	} else if span == 0 {
		span = math.Max(math.Abs(lo), 1)
	}
	a.Min, a.Max = lo-frac*span, hi+frac*span
}

// decadeTicks labels an axis of exponents (log10 of the values) with the
// values, at the places logTicks chooses for a log axis.
type decadeTicks struct{}

// Ticks implements plot.Ticker.
func (decadeTicks) Ticks(lo, hi float64) []plot.Tick {
	ticks := logTicks{}.Ticks(math.Pow(10, lo), math.Pow(10, hi))
	for i := range ticks {
		ticks[i].Value = math.Log10(ticks[i].Value)
	}
	return ticks
}
