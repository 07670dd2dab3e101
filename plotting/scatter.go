package plotting

import (
	"fmt"
	"math"
	"sort"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Scatter returns a figure of the points (X[i], Y[i]) of points, each drawn
// as a dot, with the curve through the mean of the points at each distinct
// X and error bars of one standard deviation: CS231n's picture of
// cross-validation, every fold's accuracy for each k and their average. A
// handful of results (a grid search) reads better as dots than as a line
// that suggests values between them. The horizontal axis is unlabelled
// unless XLabel says what it is.
//
// Scatter panics if X and Y differ in length, or if X is nil.
func Scatter(points Series, opts ...Option) *Figure {
	if points.X == nil || len(points.X) != len(points.Y) {
		panic(fmt.Sprintf("plotting: Scatter: %d X values for %d Y values; every point needs both", len(points.X), len(points.Y)))
	}
	cfg := configure(opts)
	var xys plotter.XYs
	groups := map[float64][]float64{}
	for i, y := range points.Y {
		if x := points.X[i]; !math.IsNaN(x+y) && !math.IsInf(x+y, 0) {
			xys = append(xys, plotter.XY{X: x, Y: y})
			groups[x] = append(groups[x], y)
		}
	}
	xs := make([]float64, 0, len(groups))
	for x := range groups {
		xs = append(xs, x)
	}
	sort.Float64s(xs)
	means := make(plotter.XYs, len(xs))
	spread := make(plotter.YErrors, len(xs))
	for i, x := range xs {
		m, s := meanStd(groups[x])
		means[i] = plotter.XY{X: x, Y: m}
		spread[i].Low, spread[i].High = s, s
	}
	summary := fmt.Sprintf("<scatter: %d points at %d distinct x>", len(xys), len(xs))
	w, h := cfg.size(640, 400)
	return newFigure(cfg, w, h, summary, func(c draw.Canvas) {
		p := pointPlot(cfg)
		if len(xys) > 0 {
			dots, _ := plotter.NewScatter(xys)
			dots.GlyphStyle = draw.GlyphStyle{Color: paletteColor(0), Radius: vg.Points(2.5), Shape: draw.CircleGlyph{}}
			line, _ := plotter.NewLine(means)
			line.Color, line.Width = paletteColor(1), vg.Points(1.5)
			bars, _ := plotter.NewYErrorBars(struct {
				plotter.XYer
				plotter.YErrorer
			}{means, spread})
			bars.Color = paletteColor(1)
			p.Add(dots, line, bars)
			name := points.Name
			if name == "" {
				name = "points"
			}
			p.Legend.Add(name, dots)
			p.Legend.Add("mean ± standard deviation", line)
			p.Legend.Top = true
			// Room left and right, so that the outermost dots are not cut by the frame.
			if span := xs[len(xs)-1] - xs[0]; span > 0 {
				p.X.Min, p.X.Max = xs[0]-0.05*span, xs[len(xs)-1]+0.05*span
			}
		}
		p.Draw(inset(c))
	})
}

// meanStd returns the mean and the (population) standard deviation of v.
func meanStd(v []float64) (mean, std float64) {
	for _, x := range v {
		mean += x
	}
	mean /= float64(len(v))
	for _, x := range v {
		std += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(std / float64(len(v)))
}

// pointPlot returns the axes of a figure of points: newPlot's, labelled as
// cfg says (unlabelled by default), over a light grid.
func pointPlot(cfg config) *plot.Plot {
	p := newPlot(cfg)
	p.X.Label.Text = cfg.xlabel("")
	p.Y.Label.Text = cfg.ylabel("")
	grid := plotter.NewGrid()
	grid.Vertical.Color, grid.Horizontal.Color = gridColor, gridColor
	p.Add(grid)
	return p
}
