package plotting

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"sort"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// decisionGrid is the number of predictions per side of the background:
// 22,500 calls in all, a fraction of a second even for an interpreted
// two-layer net, and fine enough that the boundaries look smooth.
const decisionGrid = 150

// Decision returns a scatter plot of 2-D data, the rows of X (N x 2), each
// point coloured by its class y[i], over the decision regions of predict:
// the plane is painted in a pale version of the colour of the class predict
// returns, on a 150 x 150 grid spanning the data, as CS231n draws the
// spiral data set that a linear classifier cannot separate and a two-layer
// net can. predict is called 22,500 times for the background and once per
// point for the training accuracy in the figure's text, all while Decision
// runs, so the figure shows the model as it was at that moment.
//
// Decision panics if predict or X is nil, if X does not have 2 columns, or if
// y does not hold one label per row of X; a panic in predict propagates.
func Decision(predict func(x, y float64) int, X *mat.Dense, y []int, opts ...Option) *Figure {
	if predict == nil || X == nil {
		panic("plotting: Decision: predict and X must not be nil")
	}
	n, d := X.Dims()
	if d != 2 {
		panic(fmt.Sprintf("plotting: Decision: X is %dx%d; it must have 2 columns (the points' coordinates)", n, d))
	}
	if len(y) != n {
		panic(fmt.Sprintf("plotting: Decision: %d labels for %d points", len(y), n))
	}
	cfg := configure(opts)
	x0, x1, y0, y1 := bounds(X)
	background := image.NewRGBA(image.Rect(0, 0, decisionGrid, decisionGrid))
	for r := 0; r < decisionGrid; r++ {
		py := y1 - (float64(r)+0.5)*(y1-y0)/decisionGrid // row 0 is the top
		for c := 0; c < decisionGrid; c++ {
			px := x0 + (float64(c)+0.5)*(x1-x0)/decisionGrid
			background.SetRGBA(c, r, pale(predict(px, py)))
		}
	}
	classes := map[int]plotter.XYs{}
	correct := 0
	for i := 0; i < n; i++ {
		p := plotter.XY{X: X.At(i, 0), Y: X.At(i, 1)}
		classes[y[i]] = append(classes[y[i]], p)
		if predict(p.X, p.Y) == y[i] {
			correct++
		}
	}
	accuracy := 0.0
	if n > 0 {
		accuracy = float64(correct) / float64(n)
	}
	summary := fmt.Sprintf("<decision regions: %d points, %d classes, training accuracy %.3f>", n, len(classes), accuracy)
	w, h := cfg.size(480, 460)
	return newFigure(cfg, w, h, summary, func(c draw.Canvas) {
		p := newPlot(cfg)
		p.X.Label.Text = cfg.xlabel("")
		p.Y.Label.Text = cfg.ylabel("")
		p.Add(plotter.NewImage(background, x0, y0, x1, y1))
		for _, k := range sortedKeys(classes) {
			s, err := plotter.NewScatter(classes[k])
			if err != nil {
				panic(err) // not reached: bounds rejected non-finite points
			}
			s.GlyphStyle = draw.GlyphStyle{Color: classColor(k), Radius: 3.2, Shape: outlinedCircle{}}
			p.Add(s)
		}
		p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = x0, x1, y0, y1
		p.X.Padding, p.Y.Padding = 0, 0 // the regions fill the frame
		p.Draw(inset(c))
	})
}

// bounds returns the region to paint: the data's extent with a margin of a
// tenth of its size on every side. It panics on coordinates that are not
// finite, which no plot could place.
func bounds(X *mat.Dense) (x0, x1, y0, y1 float64) {
	n, _ := X.Dims()
	x0, y0 = math.Inf(1), math.Inf(1)
	x1, y1 = math.Inf(-1), math.Inf(-1)
	for i := 0; i < n; i++ {
		a, b := X.At(i, 0), X.At(i, 1)
		if math.IsNaN(a+b) || math.IsInf(a+b, 0) {
			panic(fmt.Sprintf("plotting: Decision: point %d is (%v, %v); coordinates must be finite", i, a, b))
		}
		x0, x1 = math.Min(x0, a), math.Max(x1, a)
		y0, y1 = math.Min(y0, b), math.Max(y1, b)
	}
	if n == 0 {
		return -1, 1, -1, 1
	}
	mx, my := math.Max((x1-x0)/10, 0.1), math.Max((y1-y0)/10, 0.1)
	return x0 - mx, x1 + mx, y0 - my, y1 + my
}

// sortedKeys returns the classes in increasing order, so that the drawing
// order (and which colour ends on top) does not depend on map iteration.
func sortedKeys(m map[int]plotter.XYs) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	return keys
}

// classColor is the colour of class k; a negative class is grey.
func classColor(k int) color.RGBA {
	if k < 0 {
		return color.RGBA{R: 127, G: 127, B: 127, A: 255}
	}
	return paletteColor(k)
}

// pale mixes class k's colour with white, light enough that the points on
// top stand out.
func pale(k int) color.RGBA {
	c := classColor(k)
	mix := func(v uint8) uint8 { return uint8(255 - 0.3*float64(255-v)) }
	return color.RGBA{R: mix(c.R), G: mix(c.G), B: mix(c.B), A: 255}
}

// outlinedCircle is a filled circle with a dark rim, so that a point stays
// visible over the region of its own colour.
type outlinedCircle struct{}

// DrawGlyph implements draw.GlyphDrawer.
func (outlinedCircle) DrawGlyph(c *draw.Canvas, sty draw.GlyphStyle, pt vg.Point) {
	var p vg.Path
	p.Move(vg.Point{X: pt.X + sty.Radius, Y: pt.Y})
	p.Arc(pt, sty.Radius, 0, 2*math.Pi)
	p.Close()
	c.SetColor(sty.Color)
	c.Fill(p)
	c.SetLineStyle(draw.LineStyle{Color: inkColor, Width: 0.6})
	c.Stroke(p)
}
