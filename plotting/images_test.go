package plotting

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

var cifarClasses = []string{"plane", "car", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"}

// templateWeights is a 3073x10 W like a trained linear classifier's: each
// class a smooth colour blob plus noise, and a bias row.
func templateWeights() *mat.Dense {
	rng := rand.New(rand.NewPCG(7, 7))
	W := mat.NewDense(3073, 10, nil)
	for c := 0; c < 10; c++ {
		cx, cy := 8+rng.Float64()*16, 8+rng.Float64()*16
		for ch := 0; ch < 3; ch++ {
			tint := rng.NormFloat64()
			for y := 0; y < 32; y++ {
				for x := 0; x < 32; x++ {
					d := math.Hypot(float64(x)-cx, float64(y)-cy)
					W.Set(ch*1024+y*32+x, c, 0.001*(tint*math.Exp(-d*d/60)+0.3*rng.NormFloat64()))
				}
			}
		}
		W.Set(3072, c, 5) // the bias row: ignored, or it would wash out the picture
	}
	return W
}

// mnistLike is n 28x28 grey "digits" (rings and bars) in 0..255, one row each.
func mnistLike(n int) (*mat.Dense, []string) {
	X := mat.NewDense(n, 784, nil)
	labels := make([]string, n)
	for i := 0; i < n; i++ {
		labels[i] = string(rune('0' + i%10))
		for y := 0; y < 28; y++ {
			for x := 0; x < 28; x++ {
				d := math.Hypot(float64(x)-14, float64(y)-14)
				v := 0.0
				if i%2 == 0 && math.Abs(d-8) < 2.5 { // a zero
					v = 255
				}
				if i%2 == 1 && math.Abs(float64(x)-14-float64(i%5)) < 2 && y > 4 && y < 24 { // a one
					v = 255
				}
				X.Set(i, y*28+x, v)
			}
		}
	}
	return X, labels
}

func TestWeightsGolden(t *testing.T) {
	img := checkGolden(t, "weights", Weights(templateWeights(), 32, 32, 3, cifarClasses, Title("learned weights, one template per class")), 0, 0)
	colourful := func(r, g, b float64) bool { return math.Max(r, math.Max(g, b))-math.Min(r, math.Min(g, b)) > 0.3 }
	if n := countPixels(img, colourful); n < 5000 {
		t.Errorf("coloured pixels: got %d, want at least 5000 (the templates are RGB)", n)
	}
}

func TestImageGridGolden(t *testing.T) {
	X, labels := mnistLike(20)
	img := checkGolden(t, "image_grid", ImageGrid(X, 28, 28, 1, labels, 10), 0, 0)
	if n := countPixels(img, func(r, g, b float64) bool { return r < 0.05 && g < 0.05 && b < 0.05 }); n < 20*56*56/2 {
		t.Errorf("black background pixels: got %d, want at least %d", n, 20*56*56/2)
	}
}

// TestImagesAreCrisp checks nearest-neighbour scaling: a 2x2 checkerboard
// drawn large has only black and white pixels, no grey from smoothing.
func TestImagesAreCrisp(t *testing.T) {
	X := mat.NewDense(1, 4, []float64{0, 1, 1, 0})
	img := checkGoldenless(t, ImageGrid(X, 2, 2, 1, nil, 1))
	grey := countPixels(img, func(r, g, b float64) bool { return r > 0.1 && r < 0.9 })
	if grey != 0 {
		t.Errorf("grey pixels in a black and white checkerboard: got %d, want 0", grey)
	}
}

func TestImagesPanics(t *testing.T) {
	tests := []struct {
		name, want string
		f          func()
	}{
		{"transposed W", "transpose", func() { Weights(mat.NewDense(10, 3073, nil), 32, 32, 3, nil) }},
		{"channels", "channels is 2", func() { Weights(mat.NewDense(3072, 10, nil), 32, 32, 2, nil) }},
		{"labels", "3 labels for 10", func() { Weights(mat.NewDense(3072, 10, nil), 32, 32, 3, []string{"a", "b", "c"}) }},
		{"short rows", "need 784", func() { ImageGrid(mat.NewDense(2, 100, nil), 28, 28, 1, nil, 0) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				r := recover()
				if s, _ := r.(string); !strings.Contains(s, tt.want) {
					t.Errorf("panic: got %v, want one containing %q", r, tt.want)
				}
			}()
			tt.f()
		})
	}
}
