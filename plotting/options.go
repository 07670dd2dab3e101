package plotting

import "fmt"

// Option changes how a figure is drawn: its title, axis labels, scale, size
// or format. Every constructor accepts options; one that does not apply to a
// kind of figure (LogY on a circuit diagram) is ignored.
type Option func(*config)

// config is what the options set. Zero values mean "the figure's default".
type config struct {
	title, xLabel, yLabel string
	xLabelSet, yLabelSet  bool // an explicit empty label removes the default
	logX, logY            bool
	colorLo, colorHi      float64 // ColorScatter's scale; equal: from the data
	colorLabel            string
	width, height         int // pixels
	svg                   bool
}

func configure(opts []Option) config {
	var c config
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
}

// size returns the requested size in pixels, or the defaults.
func (c config) size(defW, defH int) (w, h float64) {
	w, h = float64(defW), float64(defH)
	if c.width > 0 {
		w = float64(c.width)
	}
	if c.height > 0 {
		h = float64(c.height)
	}
	return w, h
}

// xlabel returns the x-axis label, or def if none was given.
func (c config) xlabel(def string) string {
	if c.xLabelSet {
		return c.xLabel
	}
	return def
}

// ylabel returns the y-axis label, or def if none was given.
func (c config) ylabel(def string) string {
	if c.yLabelSet {
		return c.yLabel
	}
	return def
}

// Title returns an option that puts s above the figure.
func Title(s string) Option { return func(c *config) { c.title = s } }

// XLabel returns an option that labels the horizontal axis s, replacing the
// default ("iteration" for curves); an empty s removes the label.
func XLabel(s string) Option { return func(c *config) { c.xLabel, c.xLabelSet = s, true } }

// YLabel returns an option that labels the vertical axis s, replacing the
// default ("loss" for LossCurve); an empty s removes the label.
func YLabel(s string) Option { return func(c *config) { c.yLabel, c.yLabelSet = s, true } }

// LogY returns an option that draws the vertical axis on a log scale, which
// shows a loss falling over decades as a line instead of an early cliff.
// Values that are zero or negative cannot be drawn on it and are left out,
// leaving a gap in the curve.
func LogY() Option { return func(c *config) { c.logY = true } }

// LogX returns an option that draws the horizontal axis on a log scale, as
// CS231n draws learning rates and regularization strengths. Points at zero
// or below cannot be drawn on it and are left out. Only ColorScatter uses
// it.
func LogX() Option { return func(c *config) { c.logX = true } }

// ColorRange returns an option that fixes ColorScatter's colour scale to
// run from lo (blue) to hi (red), so that two figures can share one scale;
// values outside it take the colour of the nearer end. Without it the scale
// spans the values drawn. ColorRange panics unless lo < hi.
func ColorRange(lo, hi float64) Option {
	if !(lo < hi) {
		panic(fmt.Sprintf("plotting: ColorRange(%v, %v): lo must be less than hi", lo, hi))
	}
	return func(c *config) { c.colorLo, c.colorHi = lo, hi }
}

// ColorLabel returns an option that labels ColorScatter's colour bar s,
// such as "validation accuracy".
func ColorLabel(s string) Option { return func(c *config) { c.colorLabel = s } }

// Size returns an option that sets the figure's size in pixels (CSS pixels,
// as the notebook shows them). Circuit diagrams and image grids treat it as
// an upper bound: a diagram is sized by its graph and wrapped into rows to
// fit the width, and images are scaled by whole pixels so they stay sharp.
// Size panics if width or height is negative; zero keeps that dimension's
// default.
func Size(width, height int) Option {
	if width < 0 || height < 0 {
		panic(fmt.Sprintf("plotting: Size(%d, %d): width and height must not be negative", width, height))
	}
	return func(c *config) { c.width, c.height = width, height }
}

// SVG returns an option that makes the figure display as SVG instead of PNG
// (see Figure.SVG).
func SVG() Option { return func(c *config) { c.svg = true } }
