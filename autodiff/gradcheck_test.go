package autodiff

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// Lecture section 1: z(x,y) = x^2 + y^2 at (5,3) has gradient (10, 6).
func TestNumericalGradientLecture(t *testing.T) {
	p := mat.NewDense(1, 2, []float64{5, 3})
	z := func() float64 { return p.At(0, 0)*p.At(0, 0) + p.At(0, 1)*p.At(0, 1) }
	grad := NumericalGradient(z, p, 1e-5)
	want := []float64{10, 6}
	for j, w := range want {
		if got := grad.At(0, j); math.Abs(got-w) > 1e-8 {
			t.Errorf("dz/d%c: got %.12g, want %g", "xy"[j], got, w)
		}
	}
	if p.At(0, 0) != 5 || p.At(0, 1) != 3 {
		t.Errorf("got point %v after the check, want it restored to [5 3]", mat.Formatted(p))
	}

	// The same gradient from the graph.
	x, y := Var("x", 5), Var("y", 3)
	x.Pow(2).Add(y.Pow(2)).Backward()
	if x.Grad != 10 || y.Grad != 6 {
		t.Errorf("graph: got (%g, %g), want (10, 6)", x.Grad, y.Grad)
	}
}

func TestRelError(t *testing.T) {
	tests := []struct {
		a, b, want float64
	}{
		{1, 1, 0},
		{0, 0, 0},
		{1, -1, 1},
		{1, 1.000002, 1e-6},
		{1e-12, 0, 1e-4}, // the 1e-8 floor
	}
	for _, tt := range tests {
		if got := RelError(tt.a, tt.b); math.Abs(got-tt.want) > 1e-9*math.Max(1, tt.want) {
			t.Errorf("RelError(%g, %g): got %g, want %g", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestCheckSparse(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	xm := randDense(rng, 30, 20, -1, 1)
	wm := randDense(rng, 20, 10, -0.1, 0.1)
	y := make([]int, 30)
	for i := range y {
		y[i] = rng.IntN(10)
	}
	x, w := ConstTensor("X", xm), NewTensor("W", wm)
	f := func() float64 { return regularized(SoftmaxLoss, x, w, y, 50).Scalar() }
	regularized(SoftmaxLoss, x, w, y, 50).Backward()

	checks := CheckSparse(f, wm, w.Grad, 10, 1e-5, rand.New(rand.NewPCG(1, 2)))
	if got := len(checks); got != 10 {
		t.Fatalf("got %d checks, want 10", got)
	}
	if got := checks.Max(); got > 1e-7 {
		t.Errorf("got max relative error %g, want < 1e-7\n%v", got, checks)
	}
	lines := strings.Split(strings.TrimSpace(checks.String()), "\n")
	if len(lines) != 10 || !strings.Contains(lines[0], "numerical: ") || !strings.Contains(lines[0], "relative error: ") {
		t.Errorf("got String\n%s\nwant 10 lines of numerical, analytic and relative error", checks)
	}
	// A wrong gradient is caught.
	wrong := mat.DenseCopyOf(w.Grad)
	wrong.Scale(1.1, wrong)
	if got := CheckSparse(f, wm, wrong, 5, 1e-5, rand.New(rand.NewPCG(1, 2))).Max(); got < 1e-2 {
		t.Errorf("10%% wrong gradient: got max relative error %g, want > 1e-2", got)
	}
}

func TestCheckValue(t *testing.T) {
	x, y := Var("x", 3), Var("y", -4)
	staged := func() *Value {
		return x.Add(y.Sigmoid()).Div(x.Sigmoid().Add(x.Add(y).Pow(2)))
	}
	if got := CheckValue(staged, x, y); got > 1e-7 {
		t.Errorf("got max relative error %g, want < 1e-7", got)
	}
	if x.Data != 3 || y.Data != -4 {
		t.Errorf("got leaves (%g, %g) after the check, want (3, -4)", x.Data, y.Data)
	}
	if math.Abs(x.Grad-2.0595698) > lectureTol {
		t.Errorf("got x.Grad %g, want 2.0595698", x.Grad)
	}
}

func TestCheckTensor(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	x := ConstTensor("X", randDense(rng, 6, 4, -1, 1))
	w1 := NewTensor("W1", randDense(rng, 4, 5, -1, 1))
	b1 := NewTensor("b1", randDense(rng, 1, 5, -1, 1))
	w2 := NewTensor("W2", randDense(rng, 5, 3, -1, 1))
	y := []int{0, 1, 2, 2, 1, 0}
	// The next assignment's two-layer net: affine - ReLU - affine - softmax.
	twoLayer := func() *Tensor {
		h := ReLU(Add(MatMul(x, w1), b1))
		return Add(SoftmaxLoss(MatMul(h, w2), y), Scale(Add(L2(w1), L2(w2)), 0.05))
	}
	if got := CheckTensor(twoLayer, w1, b1, w2); got > 1e-6 {
		t.Errorf("got max relative error %g, want < 1e-6", got)
	}
	if got, want := panicMessage(func() { CheckTensor(twoLayer, x) }),
		`autodiff: CheckTensor: param 0 ("X") takes no gradient (make it with NewTensor)`; got != want {
		t.Errorf("got panic %q, want %q", got, want)
	}
}
