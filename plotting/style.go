package plotting

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// The look shared by all figures. Colours follow the lecture slides: forward
// values in green, gradients in red.
var (
	sans = font.Font{Typeface: "Liberation", Variant: "Sans"}

	valueColor = color.RGBA{R: 0, G: 140, B: 50, A: 255}  // forward values (green on the slides)
	gradColor  = color.RGBA{R: 210, G: 0, B: 0, A: 255}   // gradients (red on the slides)
	inkColor   = color.RGBA{R: 40, G: 40, B: 40, A: 255}  // wires, outlines, labels
	mutedColor = color.RGBA{R: 110, G: 110, B: 110, A: 255} // captions, constants
	gateFill   = color.RGBA{R: 235, G: 240, B: 252, A: 255}
	gridColor  = color.RGBA{R: 225, G: 225, B: 225, A: 255}
)

// palette holds the colours of series and classes (matplotlib's "tab10",
// which students know from CS231n's notebooks).
var palette = []color.RGBA{
	{31, 119, 180, 255}, {255, 127, 14, 255}, {44, 160, 44, 255}, {214, 39, 40, 255},
	{148, 103, 189, 255}, {140, 86, 75, 255}, {227, 119, 194, 255}, {127, 127, 127, 255},
	{188, 189, 34, 255}, {23, 190, 207, 255},
}

func paletteColor(i int) color.RGBA { return palette[i%len(palette)] }

// textStyle returns a text style in the figures' font.
func textStyle(size vg.Length, c color.Color, xa draw.XAlignment, ya draw.YAlignment) draw.TextStyle {
	return draw.TextStyle{
		Color:   c,
		Font:    font.From(sans, size),
		XAlign:  xa,
		YAlign:  ya,
		Handler: plot.DefaultTextHandler,
	}
}

// newPlot returns a gonum plot in the figures' font with cfg's title.
func newPlot(cfg config) *plot.Plot {
	p := plot.New()
	p.Title.Text = cfg.title
	p.Title.TextStyle.Font = font.From(sans, 13)
	p.Title.Padding = 6
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = font.From(sans, 11)
		a.Tick.Label.Font = font.From(sans, 9)
	}
	p.Legend.TextStyle.Font = font.From(sans, 10)
	return p
}
