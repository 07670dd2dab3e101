package plotting

import (
	"math"
	"strings"
	"testing"
)

// searchGrid is a 3 x 3 search like CS231n's: learning rates and strengths
// a decade or so apart, validation accuracy rising with the rate.
func searchGrid() (lr, reg, acc []float64) {
	for i, l := range []float64{1e-3, 2e-3, 4e-3} {
		for j, r := range []float64{1e-4, 1e-3, 1e-2} {
			lr, reg = append(lr, l), append(reg, r)
			acc = append(acc, 0.90+0.02*float64(i)-0.01*float64(j))
		}
	}
	return lr, reg, acc
}

func TestColorScatter(t *testing.T) {
	lr, reg, acc := searchGrid()
	f := ColorScatter(lr, reg, acc, LogX(), LogY(), Title("search"), XLabel("learning rate"),
		YLabel("regularization strength"), ColorLabel("validation accuracy"))
	if got, want := f.String(), "<colour scatter: 9 points, colour from 0.88 to 0.94>"; got != want {
		t.Errorf("String: got %q, want %q", got, want)
	}
	img := checkGoldenless(t, f)
	if r := img.Bounds(); r.Dx() != 640 || r.Dy() != 400 {
		t.Errorf("size: got %dx%d, want 640x400", r.Dx(), r.Dy())
	}
	// The lowest accuracy is blue, the highest red: both ends of the scale
	// appear as dots and in the bar.
	isBlue := func(r, g, b float64) bool { return b > 0.6 && r < 0.45 }
	isWarm := func(r, g, b float64) bool { return r > 0.6 && b < 0.35 }
	if n := countPixels(img, isBlue); n < 200 {
		t.Errorf("blue pixels: got %d, want at least 200 (the lowest accuracy's dot and the bar's bottom)", n)
	}
	if n := countPixels(img, isWarm); n < 200 {
		t.Errorf("red pixels: got %d, want at least 200", n)
	}
}

func TestColorScatterLeavesOutWhatCannotBeDrawn(t *testing.T) {
	f := ColorScatter([]float64{1e-3, 0, 1e-2}, []float64{1, 1, math.NaN()}, []float64{0.5, 0.6, 0.7}, LogX(), ColorRange(0, 1))
	if got, want := f.String(), "<colour scatter: 1 points, colour from 0 to 1>"; got != want {
		t.Errorf("String: got %q, want %q", got, want)
	}
	checkGoldenless(t, f)
	checkGoldenless(t, ColorScatter(nil, nil, nil))
}

func TestColorScatterPanics(t *testing.T) {
	for name, f := range map[string]func(){
		"lengths":    func() { ColorScatter([]float64{1}, []float64{1, 2}, []float64{1}) },
		"ColorRange": func() { ColorRange(1, 1) },
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if r := recover(); r == nil || !strings.Contains(r.(string), "plotting:") {
					t.Errorf("recover: got %v, want a panic that names the mistake", r)
				}
			}()
			f()
		})
	}
}

func TestDecadeTicks(t *testing.T) {
	// An axis of exponents from 10^-4 to 10^-2 is labelled with the values.
	labels := map[string]float64{}
	for _, tk := range (decadeTicks{}).Ticks(-4, -2) {
		if tk.Label != "" {
			labels[tk.Label] = tk.Value
		}
	}
	for label, want := range map[string]float64{"0.0001": -4, "0.001": -3, "0.01": -2, "0.002": math.Log10(0.002)} {
		if got, ok := labels[label]; !ok || math.Abs(got-want) > 1e-12 {
			t.Errorf("tick %q: got %v (present %v), want at %v", label, got, ok, want)
		}
	}
}
