package plotting

import (
	"bytes"
	"image/png"
	"math"
	"strings"
	"testing"
)

func TestScatter(t *testing.T) {
	f := Scatter(Series{Name: "fold accuracy", X: []float64{1, 1, 3, 3, 5}, Y: []float64{0.9, 0.92, 0.95, 0.93, math.NaN()}},
		Title("cross-validation"), XLabel("k"), YLabel("accuracy"))
	if got, want := f.String(), "<scatter: 4 points at 2 distinct x>"; !strings.Contains(got, want) {
		t.Errorf("got %q, want it to contain %q", got, want)
	}
	b, err := f.PNG()
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if r := img.Bounds(); r.Dx() < 300 || r.Dy() < 200 {
		t.Errorf("got a %dx%d image", r.Dx(), r.Dy())
	}
	if m, s := meanStd([]float64{0.95, 0.93}); math.Abs(m-0.94) > 1e-12 || math.Abs(s-0.01) > 1e-12 {
		t.Errorf("meanStd = %v, %v, want 0.94, 0.01", m, s)
	}
}

func TestScatterPanicsWithoutX(t *testing.T) {
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), "every point needs both") {
			t.Errorf("got %v, want a panic naming the mismatch", r)
		}
	}()
	Scatter(Series{Y: []float64{1, 2}})
}
