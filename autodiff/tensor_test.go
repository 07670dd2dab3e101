package autodiff

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/diff/fd"
	"gonum.org/v1/gonum/mat"
)

// randDense returns an r x c matrix of uniform entries in [lo, hi).
func randDense(rng *rand.Rand, r, c int, lo, hi float64) *mat.Dense {
	data := make([]float64, r*c)
	for i := range data {
		data[i] = lo + (hi-lo)*rng.Float64()
	}
	return mat.NewDense(r, c, data)
}

// TestTensorOpsFiniteDifferences checks every operation's chain-rule step
// against gonum's central differences (fd.Gradient) at random points. Each
// result is reduced to a scalar by a random weighting, sum(op(a, b) .* R), so
// that every output entry carries its own upstream gradient.
func TestTensorOpsFiniteDifferences(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	labels := []int{2, 0, 1, 2}
	ops := []struct {
		name   string
		bShape [2]int // a is always 4x3
		lo, hi float64
		f      func(a, b *Tensor) *Tensor
	}{
		{"MatMul", [2]int{3, 5}, -2, 2, MatMul},
		{"Add", [2]int{4, 3}, -2, 2, Add},
		{"Add row", [2]int{1, 3}, -2, 2, Add},
		{"Sub", [2]int{4, 3}, -2, 2, Sub},
		{"Sub row", [2]int{1, 3}, -2, 2, Sub},
		{"Mul", [2]int{4, 3}, -2, 2, Mul},
		{"Scale", [2]int{1, 1}, -2, 2, func(a, _ *Tensor) *Tensor { return Scale(a, -1.7) }},
		{"ReLU", [2]int{1, 1}, -2, 2, func(a, _ *Tensor) *Tensor { return ReLU(a) }},
		{"Sigmoid", [2]int{1, 1}, -2, 2, func(a, _ *Tensor) *Tensor { return Sigmoid(a) }},
		{"Tanh", [2]int{1, 1}, -2, 2, func(a, _ *Tensor) *Tensor { return Tanh(a) }},
		{"Exp", [2]int{1, 1}, -2, 2, func(a, _ *Tensor) *Tensor { return Exp(a) }},
		{"Log", [2]int{1, 1}, 0.5, 3, func(a, _ *Tensor) *Tensor { return Log(a) }},
		{"Sum", [2]int{1, 1}, -2, 2, func(a, _ *Tensor) *Tensor { return Sum(a) }},
		{"Mean", [2]int{1, 1}, -2, 2, func(a, _ *Tensor) *Tensor { return Mean(a) }},
		{"L2", [2]int{1, 1}, -2, 2, func(a, _ *Tensor) *Tensor { return L2(a) }},
		{"SVMLoss", [2]int{1, 1}, -2, 2, func(a, _ *Tensor) *Tensor { return SVMLoss(a, labels) }},
		{"SoftmaxLoss", [2]int{1, 1}, -2, 2, func(a, _ *Tensor) *Tensor { return SoftmaxLoss(a, labels) }},
		{"two-layer with forks", [2]int{3, 3}, -2, 2, func(a, b *Tensor) *Tensor {
			h := Add(ReLU(MatMul(a, b)), Tanh(MatMul(a, Scale(b, 0.5))))
			return Add(SoftmaxLoss(h, labels), Scale(L2(b), 0.1))
		}},
	}
	settings := &fd.Settings{Formula: fd.Central}
	for _, op := range ops {
		t.Run(op.name, func(t *testing.T) {
			for range 5 {
				a := NewTensor("a", randDense(rng, 4, 3, op.lo, op.hi))
				b := NewTensor("b", randDense(rng, op.bShape[0], op.bShape[1], -2, 2))
				r, c := op.f(a, b).Dims()
				weights := ConstTensor("R", randDense(rng, r, c, -1, 1))
				loss := func() *Tensor { return Sum(Mul(op.f(a, b), weights)) }
				loss().Backward()
				for _, p := range []*Tensor{a, b} {
					raw := p.Data.RawMatrix().Data
					x := append([]float64(nil), raw...)
					want := fd.Gradient(nil, func(x []float64) float64 {
						saved := append([]float64(nil), raw...)
						copy(raw, x)
						defer copy(raw, saved)
						return loss().Scalar()
					}, x, settings)
					for k, g := range p.Grad.RawMatrix().Data {
						if !near(g, want[k], 1e-6) {
							t.Errorf("d/d%s[%d]: got %.10g, want %.10g", p.Label, k, g, want[k])
						}
					}
				}
			}
		})
	}
}

func TestShapeMismatchPanics(t *testing.T) {
	a23 := NewTensor("a", mat.NewDense(2, 3, nil))
	b32 := NewTensor("b", mat.NewDense(3, 2, nil))
	r12 := NewTensor("r", mat.NewDense(1, 2, nil))
	tests := []struct {
		name string
		f    func()
		want string
	}{
		{"MatMul", func() { MatMul(a23, a23) }, "autodiff: MatMul: 2x3 times 2x3 (a's columns must equal b's rows)"},
		{"Add", func() { Add(a23, b32) }, "autodiff: Add: 2x3 plus 3x2 (b must be 2x3 or a 1x3 row)"},
		{"Sub row", func() { Sub(a23, r12) }, "autodiff: Sub: 2x3 minus 1x2 (b must be 2x3 or a 1x3 row)"},
		{"Mul", func() { Mul(a23, b32) }, "autodiff: Mul: 2x3 times 3x2 elementwise (want the same shape)"},
		{"Backward", func() { a23.Backward() }, "autodiff: Backward: tensor is 2x3, want 1x1 (reduce it first with Sum, Mean or a loss)"},
		{"Scalar", func() { a23.Scalar() }, "autodiff: Scalar: tensor is 2x3, want 1x1 (reduce it first with Sum, Mean or a loss)"},
		{"SVM labels", func() { SVMLoss(a23, []int{0}) }, "autodiff: SVMLoss: 1 labels for 2x3 scores (want one label per row)"},
		{"Softmax label range", func() { SoftmaxLoss(a23, []int{0, 3}) }, "autodiff: SoftmaxLoss: label y[1] = 3 is outside [0, 3) for 2x3 scores"},
		{"nil", func() { MatMul(a23, nil) }, "autodiff: MatMul: argument is nil (make it with NewTensor or ConstTensor)"},
		{"empty", func() { NewTensor("x", &mat.Dense{}) }, "autodiff: NewTensor: matrix is nil or empty (make it with mat.NewDense)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := panicMessage(tt.f); got != tt.want {
				t.Errorf("got panic %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNewTensorWrapsWithoutCopy(t *testing.T) {
	m := mat.NewDense(2, 2, []float64{1, 2, 3, 4})
	w := NewTensor("W", m)
	if w.Data != m {
		t.Fatal("got a copy of m, want m itself")
	}
	loss := func() float64 { return Sum(w).Scalar() }
	m.Set(0, 0, 11)
	if got, want := loss(), 20.0; got != want {
		t.Errorf("after changing m: got %g, want %g", got, want)
	}
	if r, c := w.Grad.Dims(); r != 2 || c != 2 {
		t.Errorf("got Grad %dx%d, want 2x2", r, c)
	}
}

func TestConstTensorTakesNoGradient(t *testing.T) {
	x := ConstTensor("X", mat.NewDense(2, 3, []float64{1, 2, 3, 4, 5, 6}))
	w := NewTensor("W", mat.NewDense(3, 1, []float64{1, 1, 1}))
	s := MatMul(x, w)
	Sum(s).Backward()
	if x.Grad != nil {
		t.Errorf("got X.Grad %v, want nil", x.Grad)
	}
	if !mat.Equal(w.Grad.T(), mat.NewDense(1, 3, []float64{5, 7, 9})) {
		t.Errorf("got dW^T %v, want [5 7 9]", mat.Formatted(w.Grad.T()))
	}
	// A graph of constants only has nothing to differentiate.
	Sum(x).Backward()
}

func TestTensorForksAndIdempotence(t *testing.T) {
	w := NewTensor("W", mat.NewDense(1, 2, []float64{3, -1}))
	b := Add(w, w)
	loss := Sum(Add(b, b))
	for i := range 2 {
		loss.Backward()
		if !mat.Equal(w.Grad, mat.NewDense(1, 2, []float64{4, 4})) {
			t.Errorf("Backward %d: got dW %v, want [4 4]", i+1, mat.Formatted(w.Grad))
		}
	}
}

func TestTensorGraph(t *testing.T) {
	x := ConstTensor("X", mat.NewDense(2, 3, nil))
	w := NewTensor("W", mat.NewDense(3, 2, nil))
	bias := NewTensor("b", mat.NewDense(1, 2, nil))
	loss := Mean(Add(MatMul(x, w), bias))
	nodes, edges := loss.Graph()
	var ops []string
	for _, n := range nodes {
		ops = append(ops, n.Op())
	}
	want := []string{"", "", "matmul", "", "+", "mean"}
	if len(ops) != len(want) {
		t.Fatalf("got ops %q, want %q", ops, want)
	}
	for i := range want {
		if ops[i] != want[i] {
			t.Fatalf("got ops %q, want %q", ops, want)
		}
	}
	if got, want := len(edges), 5; got != want {
		t.Errorf("got %d edges, want %d", got, want)
	}
	if ps := nodes[2].Parents(); len(ps) != 2 || ps[0] != x || ps[1] != w {
		t.Errorf("got matmul parents %v, want [X W]", ps)
	}
	if r, c := nodes[2].Dims(); r != 2 || c != 2 {
		t.Errorf("got matmul %dx%d, want 2x2", r, c)
	}
}

func TestElementwiseIsNotMatrixExp(t *testing.T) {
	a := NewTensor("a", mat.NewDense(2, 2, []float64{0, 1, 2, 3}))
	got := Exp(a).Data
	want := mat.NewDense(2, 2, []float64{1, math.E, math.Exp(2), math.Exp(3)})
	if !mat.EqualApprox(got, want, 1e-12) {
		t.Errorf("got %v, want %v", mat.Formatted(got), mat.Formatted(want))
	}
}
