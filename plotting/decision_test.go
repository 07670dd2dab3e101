package plotting

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// spiral is CS231n's toy data set: k arms of n points each.
func spiral(n, k int) (*mat.Dense, []int) {
	rng := rand.New(rand.NewPCG(5, 5))
	X := mat.NewDense(n*k, 2, nil)
	y := make([]int, n*k)
	for c := 0; c < k; c++ {
		for i := 0; i < n; i++ {
			r := float64(i) / float64(n-1)
			t := float64(c)*4 + 4*r + 0.2*rng.NormFloat64()
			X.Set(c*n+i, 0, r*math.Sin(t))
			X.Set(c*n+i, 1, r*math.Cos(t))
			y[c*n+i] = c
		}
	}
	return X, y
}

// nearest predicts the class of the nearest training point, a stand-in for
// a trained two-layer net that separates the spiral.
func nearest(X *mat.Dense, y []int) func(a, b float64) int {
	return func(a, b float64) int {
		best, cls := math.Inf(1), 0
		for i := range y {
			if d := math.Hypot(X.At(i, 0)-a, X.At(i, 1)-b); d < best {
				best, cls = d, y[i]
			}
		}
		return cls
	}
}

func TestDecisionGolden(t *testing.T) {
	X, y := spiral(30, 3)
	calls := 0
	predict := nearest(X, y)
	counted := func(a, b float64) int { calls++; return predict(a, b) }
	fig := Decision(counted, X, y, Title("nearest neighbour on the spiral"))
	if want := decisionGrid*decisionGrid + len(y); calls != want {
		t.Errorf("predict calls: got %d, want %d", calls, want)
	}
	if !strings.Contains(fig.String(), "3 classes, training accuracy 0.9") {
		t.Errorf("String: got %q, want 3 classes and a training accuracy above 0.9", fig.String())
	}
	img := checkGolden(t, "decision", fig, 480, 460)
	for k := 0; k < 3; k++ {
		c := palette[k]
		solid := func(r, g, b float64) bool {
			return math.Abs(r-float64(c.R)/255) < 0.05 && math.Abs(g-float64(c.G)/255) < 0.05 && math.Abs(b-float64(c.B)/255) < 0.05
		}
		p := pale(k)
		region := func(r, g, b float64) bool {
			return math.Abs(r-float64(p.R)/255) < 0.03 && math.Abs(g-float64(p.G)/255) < 0.03 && math.Abs(b-float64(p.B)/255) < 0.03
		}
		if n := countPixels(img, solid); n < 100 {
			t.Errorf("class %d: points' pixels: got %d, want at least 100", k, n)
		}
		if n := countPixels(img, region); n < 10000 {
			t.Errorf("class %d: region's pixels: got %d, want at least 10000", k, n)
		}
	}
}
