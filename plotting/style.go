package plotting

import (
	"image/color"
	"math"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// The look shared by all figures. Colours follow the lecture slides: forward
// values in green, gradients in red.
var (
	sans = font.Font{Typeface: "Liberation", Variant: "Sans"}

	valueColor = color.RGBA{R: 0, G: 140, B: 50, A: 255}    // forward values (green on the slides)
	gradColor  = color.RGBA{R: 210, G: 0, B: 0, A: 255}     // gradients (red on the slides)
	inkColor   = color.RGBA{R: 40, G: 40, B: 40, A: 255}    // wires, outlines, labels
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
		a.Tick.Marker = niceTicks{}
	}
	p.Legend.TextStyle.Font = font.From(sans, 10)
	return p
}

// niceTicks labels an axis at round steps (1, 2 or 5 times a power of ten),
// about five of them, with as many decimals as the step needs; gonum's
// default ticks label as few as three odd values such as 0.25 and 1.25.
type niceTicks struct{}

// Ticks implements plot.Ticker.
func (niceTicks) Ticks(lo, hi float64) []plot.Tick {
	if !(hi > lo) {
		return []plot.Tick{{Value: lo, Label: strconv.FormatFloat(lo, 'g', 4, 64)}}
	}
	step := niceStep((hi - lo) / 5)
	decimals := max(0, int(-math.Floor(math.Log10(step)+1e-9)))
	var ticks []plot.Tick
	for i := math.Ceil(lo / step); i*step <= hi+step*1e-9; i++ {
		v := i*step + 0 // + 0 turns -0 into 0
		ticks = append(ticks, plot.Tick{Value: v, Label: strconv.FormatFloat(v, 'f', decimals, 64)})
		for k := 1; k < 5; k++ { // unlabelled minor ticks between the labels
			if m := v + float64(k)*step/5; m <= hi {
				ticks = append(ticks, plot.Tick{Value: m})
			}
		}
	}
	return ticks
}

// logTicks labels a log axis at 1, 2 and 5 times each power of ten when it
// spans few decades (a loss curve often spans less than one, where gonum's
// LogTicks labels a single value), at the powers alone when it spans many,
// and formats the labels short: 0.0001, not 9.999999999999998e-05.
type logTicks struct{}

// Ticks implements plot.Ticker.
func (logTicks) Ticks(lo, hi float64) []plot.Tick {
	if !(lo > 0) || !(hi > lo) {
		return niceTicks{}.Ticks(lo, hi)
	}
	first, last := int(math.Floor(math.Log10(lo))), int(math.Ceil(math.Log10(hi)))
	mantissas := []float64{1, 2, 5}
	if last-first > 4 {
		mantissas = []float64{1}
	}
	var ticks []plot.Tick
	for e := first; e <= last; e++ {
		p := math.Pow(10, float64(e))
		for m := 1.0; m < 10; m++ {
			v := m * p
			if v < lo*(1-1e-9) || v > hi*(1+1e-9) {
				continue
			}
			t := plot.Tick{Value: v}
			for _, labelled := range mantissas {
				if m == labelled {
					t.Label = strconv.FormatFloat(v, 'g', 3, 64)
				}
			}
			ticks = append(ticks, t)
		}
	}
	return ticks
}

// niceStep rounds raw up to 1, 2 or 5 times a power of ten.
func niceStep(raw float64) float64 {
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	switch m := raw / p; {
	case m <= 1:
		return p
	case m <= 2:
		return 2 * p
	case m <= 5:
		return 5 * p
	}
	return 10 * p
}

// inset leaves a margin around a gonum plot, which otherwise draws its
// title and tick labels against the edge of the image.
func inset(c draw.Canvas) draw.Canvas { return draw.Crop(c, 4, -14, 4, -8) }
