package plotting

import (
	"math"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// noisyLoss is a loss history like CS231n's softmax training: a decay from
// ln(10) to about 0.3 with minibatch noise.
func noisyLoss(n int, seed uint64) []float64 {
	rng := rand.New(rand.NewPCG(seed, 1))
	h := make([]float64, n)
	for i := range h {
		h[i] = 2*math.Exp(-float64(i)/float64(n/5+1)) + 0.3 + 0.08*rng.NormFloat64()
	}
	return h
}

func TestLossCurveGolden(t *testing.T) {
	img := checkGolden(t, "loss_curve", LossCurve(noisyLoss(1500, 1), Title("softmax, 1500 iterations")), 640, 400)
	blue := func(r, g, b float64) bool { return b > 0.55 && r < 0.3 && g < 0.6 } // palette[0]
	if n := countPixels(img, blue); n < 500 {
		t.Errorf("curve pixels: got %d, want at least 500", n)
	}
}

func TestCurvesGolden(t *testing.T) {
	train, val := make([]float64, 30), make([]float64, 30)
	for i := range train {
		train[i] = 0.9 - 0.6*math.Exp(-float64(i)/6)
		val[i] = 0.75 - 0.45*math.Exp(-float64(i)/5)
	}
	diverged := noisyLoss(30, 3)
	diverged[20], diverged[21] = math.Inf(1), math.NaN()
	fig := Curves([]Series{{Name: "train", Y: train}, {Name: "val", Y: val}, {Name: "lr=1e-2", Y: diverged}},
		XLabel("epoch"), YLabel("accuracy"), Size(500, 320))
	checkGolden(t, "curves", fig, 500, 320)
}

func TestLossCurveOptions(t *testing.T) {
	h := noisyLoss(200, 2)
	h[50] = -1 // cannot be drawn on a log axis: a gap, not a panic
	tests := []struct {
		name string
		fig  *Figure
	}{
		{"log", LossCurve(h, LogY())},
		{"empty", LossCurve(nil)},
		{"all NaN", LossCurve([]float64{math.NaN(), math.NaN()})},
		{"log of non-positive", LossCurve([]float64{0, -1}, LogY())},
		{"one point", LossCurve([]float64{2.3})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := tt.fig.PNG(); err != nil {
				t.Errorf("PNG: got error %v, want none", err)
			}
		})
	}
}

// LogY draws the loss on a log scale: decade ticks label a loss that falls
// from 10 to 0.001, a linear axis has none of them, and the decades are
// evenly spaced - which only the scale gives (decade ticks on a linear
// axis would crowd 0.001, 0.01 and 0.1 at its foot).
func TestLossCurveLogYDrawsDecades(t *testing.T) {
	h := make([]float64, 50)
	for i := range h {
		h[i] = 10 * math.Pow(1e-4, float64(i)/49)
	}
	logged, err := LossCurve(h, LogY()).SVGString()
	if err != nil {
		t.Fatal(err)
	}
	linear, err := LossCurve(h).SVGString()
	if err != nil {
		t.Fatal(err)
	}
	for _, label := range []string{">0.001<", ">0.01<", ">0.1<", ">1<", ">10<"} {
		if !strings.Contains(logged, label) {
			t.Errorf("log axis: no tick labelled %s", strings.Trim(label, "<>"))
		}
	}
	if strings.Contains(linear, ">0.001<") {
		t.Errorf("linear axis: a decade tick 0.001, want an evenly spaced axis")
	}
	ys := yTickPositions(t, logged, "0.001", "0.01", "0.1", "1", "10")
	var gaps []float64
	for i := 1; i < len(ys); i++ {
		gaps = append(gaps, ys[i]-ys[i-1])
	}
	lo, hi := slices.Min(gaps), slices.Max(gaps)
	if lo <= 0 || hi/lo > 1.02 {
		t.Errorf("log axis: decade ticks at heights %v (gaps %v), want them evenly spaced", ys, gaps)
	}
}

// yTickPositions returns the height of each vertical-axis tick label in
// an SVG figure, in the order given. The horizontal axis's labels share
// the height of its "0" and are left out.
func yTickPositions(t *testing.T, svg string, labels ...string) []float64 {
	t.Helper()
	text := regexp.MustCompile(`<text x="[-\d.]+" y="([-\d.]+)"[^>]*>([^<]*)</text>`)
	at := map[string][]float64{}
	for _, m := range text.FindAllStringSubmatch(svg, -1) {
		y, err := strconv.ParseFloat(m[1], 64)
		if err != nil {
			t.Fatal(err)
		}
		at[m[2]] = append(at[m[2]], -y) // the figure is drawn flipped: scale(1, -1)
	}
	if len(at["0"]) != 1 {
		t.Fatalf("got %d labels 0, want the horizontal axis's first tick", len(at["0"]))
	}
	xAxis := at["0"][0]
	var out []float64
	for _, l := range labels {
		var found []float64
		for _, y := range at[l] {
			if y != xAxis {
				found = append(found, y)
			}
		}
		if len(found) != 1 {
			t.Fatalf("got %d vertical-axis labels %s, want 1", len(found), l)
		}
		out = append(out, found[0])
	}
	return out
}

func TestCurvesDivergedNote(t *testing.T) {
	y := []float64{1, 2, math.Inf(1), 3}
	tests := []struct {
		xName, want string
	}{
		{"iteration", " (diverged at iteration 2)"},
		{"epoch", " (diverged at epoch 2)"},
		{"", " (diverged at 2)"},
	}
	for _, tt := range tests {
		if got := newTrace(Series{Y: y}, false, tt.xName, palette[0]).diverged; got != tt.want {
			t.Errorf("xName %q: got %q, want %q", tt.xName, got, tt.want)
		}
	}
}

func TestCurvesSummary(t *testing.T) {
	h := []float64{2.3, 1.1, math.NaN()}
	got := Curves([]Series{{Name: "lr=1", Y: h}}).String()
	if !strings.Contains(got, "lr=1 (3 points") {
		t.Errorf("String: got %q, want the series name and point count", got)
	}
	if got, want := LossCurve([]float64{2.302585, 0.5}).String(), "<loss curve: 2 iterations, first 2.303, last 0.5>"; got != want {
		t.Errorf("String: got %q, want %q", got, want)
	}
}

func TestCurvesPanicsOnMismatchedX(t *testing.T) {
	defer func() {
		r := recover()
		if r == nil || !strings.Contains(r.(string), `"val"`) {
			t.Errorf("recover: got %v, want a panic naming the series", r)
		}
	}()
	Curves([]Series{{Name: "val", Y: []float64{1, 2}, X: []float64{1}}})
}

func TestEnvelopeKeepsSpikes(t *testing.T) {
	h := make([]float64, 10000)
	for i := range h {
		h[i] = 1
	}
	h[7777] = 50 // one spike among 10,000 points must still reach the top
	tr := newTrace(Series{Y: h}, false, "iteration", palette[0])
	_, _, _, ymax := tr.DataRange()
	if ymax != 50 {
		t.Fatalf("DataRange ymax: got %v, want 50", ymax)
	}
	img := checkGoldenless(t, LossCurve(h))
	// The spike is a vertical line in the plot's upper half.
	b := img.Bounds()
	top := countPixels(cropImage(img, b.Min.X, b.Min.Y+20, b.Max.X, b.Min.Y+b.Dy()/3), func(r, g, b float64) bool { return b-r > 0.3 })
	if top < 10 {
		t.Errorf("spike pixels in the upper third: got %d, want at least 10", top)
	}
}
