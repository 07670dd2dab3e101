package autodiff

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// stepWith runs steps optimizer steps on w = [1] with a constant gradient
// of 2 and returns w.
func stepWith(step func(...*Tensor), steps int) float64 {
	w := NewTensor("w", mat.NewDense(1, 1, []float64{1}))
	for range steps {
		w.Grad.Set(0, 0, 2)
		step(w)
	}
	return w.Data.At(0, 0)
}

func TestOptimizerSteps(t *testing.T) {
	tests := []struct {
		name  string
		step  func(...*Tensor)
		steps int
		want  float64
	}{
		{"SGD", NewSGD(0.1, 0).Step, 2, 0.6},
		// v1 = -0.2, w = 0.8; v2 = 0.9*-0.2 - 0.2 = -0.38, w = 0.42.
		{"SGD momentum", NewSGD(0.1, 0.9).Step, 2, 0.42},
		// Bias-corrected, Adam's first steps move by lr whatever the gradient's size.
		{"Adam", NewAdam(0.1).Step, 1, 0.9},
		{"Adam 3 steps", NewAdam(0.1).Step, 3, 0.7},
	}
	for _, tt := range tests {
		if got := stepWith(tt.step, tt.steps); math.Abs(got-tt.want) > 1e-7 {
			t.Errorf("%s: got w = %.10g, want %g", tt.name, got, tt.want)
		}
	}
}

// Both optimizers train a softmax classifier on separable data.
func TestOptimizersTrain(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 16))
	const n, d, c = 60, 3, 3
	xm := mat.NewDense(n, d, nil)
	y := make([]int, n)
	for i := range n {
		y[i] = i % c
		xm.Set(i, y[i], 2)
		for j := range d {
			xm.Set(i, j, xm.At(i, j)+0.3*rng.NormFloat64())
		}
	}
	x := ConstTensor("X", xm)
	for _, tt := range []struct {
		name string
		step func(...*Tensor)
	}{
		{"SGD", NewSGD(0.5, 0.9).Step},
		{"Adam", NewAdam(0.05).Step},
	} {
		w := NewTensor("W", mat.NewDense(d, c, nil))
		b := NewTensor("b", mat.NewDense(1, c, nil))
		var first, last float64
		for i := range 200 {
			loss := SoftmaxLoss(Add(MatMul(x, w), b), y)
			loss.Backward()
			tt.step(w, b)
			if i == 0 {
				first = loss.Scalar()
			}
			last = loss.Scalar()
		}
		if last > first/10 {
			t.Errorf("%s: got loss %g after 200 steps from %g, want below a tenth", tt.name, last, first)
		}
	}
}

func TestOptimizerRejectsConstants(t *testing.T) {
	x := ConstTensor("X", mat.NewDense(1, 1, nil))
	if got, want := panicMessage(func() { NewAdam(0.1).Step(x) }),
		`autodiff: Adam.Step: "X" takes no gradient (make parameters with NewTensor)`; got != want {
		t.Errorf("got panic %q, want %q", got, want)
	}
}
