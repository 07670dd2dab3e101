package autodiff

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// The exact fixture of lecture section 7.
func fixture() (x, w *mat.Dense, y []int, reg float64) {
	x = mat.NewDense(2, 3, []float64{1, 2, -1, 0.5, -1.5, 2})
	w = mat.NewDense(3, 3, []float64{0.1, -0.2, 0.3, 0, 0.4, -0.1, -0.3, 0.2, 0.1})
	return x, w, []int{0, 2}, 0.1
}

type lossFunc func(scores *Tensor, y []int) *Tensor

// regularized is the assignment's loss: data loss + reg * sum W^2.
func regularized(loss lossFunc, x, w *Tensor, y []int, reg float64) *Tensor {
	return Add(loss(MatMul(x, w), y), Scale(L2(w), reg))
}

func TestLectureFixture(t *testing.T) {
	tests := []struct {
		name string
		loss lossFunc
		want float64
	}{
		{"SVM", SVMLoss, 0.945},
		{"softmax", SoftmaxLoss, 0.8297888},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			xm, wm, y, reg := fixture()
			x, w := ConstTensor("X", xm), NewTensor("W", wm)
			f := func() *Tensor { return regularized(tt.loss, x, w, y, reg) }
			loss := f()
			loss.Backward()
			if got := loss.Scalar(); math.Abs(got-tt.want) > lectureTol {
				t.Errorf("got loss %.9f, want %.7f", got, tt.want)
			}
			num := NumericalGradient(func() float64 { return f().Scalar() }, wm, 1e-5)
			for i := range 3 {
				for j := range 3 {
					if got, want := w.Grad.At(i, j), num.At(i, j); math.Abs(got-want) > 1e-6 {
						t.Errorf("dW[%d][%d]: got %.9f, want %.9f", i, j, got, want)
					}
				}
			}
		})
	}
}

// At W = 0 every score is 0: each of the C-1 wrong classes violates the
// margin by exactly 1, and softmax is uniform, -log(1/C) = ln C.
func TestLossAtZeroWeights(t *testing.T) {
	const n, d, c = 7, 5, 10
	rng := rand.New(rand.NewPCG(5, 6))
	x := ConstTensor("X", randDense(rng, n, d, -1, 1))
	w := NewTensor("W", mat.NewDense(d, c, nil))
	y := make([]int, n)
	for i := range y {
		y[i] = rng.IntN(c)
	}
	tests := []struct {
		name string
		loss lossFunc
		want float64
	}{
		{"SVM", SVMLoss, c - 1},
		{"softmax", SoftmaxLoss, math.Log(c)},
	}
	for _, tt := range tests {
		if got := tt.loss(MatMul(x, w), y).Scalar(); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("%s: got %.15g, want %.15g", tt.name, got, tt.want)
		}
	}
}

// Without the max-shift, exp(1000) is +Inf and the loss NaN.
func TestSoftmaxLargeScores(t *testing.T) {
	small := mat.NewDense(2, 3, []float64{1, 2, 3, -1, 0.5, 0})
	big := mat.NewDense(2, 3, nil)
	big.Apply(func(_, _ int, v float64) float64 { return v + 1e3 }, small)
	huge := mat.NewDense(2, 3, nil)
	huge.Scale(1e3, small)
	y := []int{2, 0}
	want := SoftmaxLoss(ConstTensor("s", small), y).Scalar()
	if got := SoftmaxLoss(ConstTensor("s+1e3", big), y).Scalar(); math.Abs(got-want) > 1e-9 {
		t.Errorf("scores + 1e3: got %g, want %g (softmax ignores a shift)", got, want)
	}
	s := NewTensor("1e3 s", huge)
	loss := SoftmaxLoss(s, y)
	loss.Backward()
	// Row 0 is right by a margin of 1000, row 1 wrong by 1500: loss 1500/2.
	if got := loss.Scalar(); math.Abs(got-750) > 1e-9 {
		t.Errorf("scores * 1e3: got %g, want 750", got)
	}
	if got := mat.Sum(s.Grad); math.IsNaN(got) || math.IsInf(got, 0) {
		t.Errorf("scores * 1e3: got gradient sum %g, want finite", got)
	}
}

// svmLossNaive and softmaxLossNaive are the assignment's loop versions
// (CS231n svm_loss_naive, softmax_loss_naive), written the way a student
// would, to check the fused losses against.
func svmLossNaive(w, x *mat.Dense, y []int, reg float64) (float64, *mat.Dense) {
	n, d := x.Dims()
	_, c := w.Dims()
	dw := mat.NewDense(d, c, nil)
	var loss float64
	for i := range n {
		scores := make([]float64, c)
		for j := range c {
			for k := range d {
				scores[j] += x.At(i, k) * w.At(k, j)
			}
		}
		for j := range c {
			if j == y[i] {
				continue
			}
			if margin := scores[j] - scores[y[i]] + 1; margin > 0 {
				loss += margin
				for k := range d {
					dw.Set(k, j, dw.At(k, j)+x.At(i, k))
					dw.Set(k, y[i], dw.At(k, y[i])-x.At(i, k))
				}
			}
		}
	}
	return finishNaive(loss, dw, w, n, reg)
}

func softmaxLossNaive(w, x *mat.Dense, y []int, reg float64) (float64, *mat.Dense) {
	n, d := x.Dims()
	_, c := w.Dims()
	dw := mat.NewDense(d, c, nil)
	var loss float64
	for i := range n {
		scores := make([]float64, c)
		for j := range c {
			for k := range d {
				scores[j] += x.At(i, k) * w.At(k, j)
			}
		}
		shift := scores[0]
		for _, s := range scores {
			shift = math.Max(shift, s)
		}
		var z float64
		for _, s := range scores {
			z += math.Exp(s - shift)
		}
		loss += -math.Log(math.Exp(scores[y[i]]-shift) / z)
		for j := range c {
			p := math.Exp(scores[j]-shift) / z
			if j == y[i] {
				p--
			}
			for k := range d {
				dw.Set(k, j, dw.At(k, j)+p*x.At(i, k))
			}
		}
	}
	return finishNaive(loss, dw, w, n, reg)
}

func finishNaive(loss float64, dw, w *mat.Dense, n int, reg float64) (float64, *mat.Dense) {
	loss /= float64(n)
	dw.Scale(1/float64(n), dw)
	r, c := w.Dims()
	for i := range r {
		for j := range c {
			loss += reg * w.At(i, j) * w.At(i, j)
			dw.Set(i, j, dw.At(i, j)+2*reg*w.At(i, j))
		}
	}
	return loss, dw
}

// The assignment's check: naive and vectorized agree in loss and gradient
// (Frobenius norm of the difference), at reg 0 and at CS231n's reg 5e1.
func TestNaiveVsVectorized(t *testing.T) {
	const n, d, c = 20, 9, 5
	rng := rand.New(rand.NewPCG(7, 8))
	xm := randDense(rng, n, d, -1, 1)
	wm := randDense(rng, d, c, -0.01, 0.01)
	y := make([]int, n)
	for i := range y {
		y[i] = rng.IntN(c)
	}
	tests := []struct {
		name  string
		loss  lossFunc
		naive func(w, x *mat.Dense, y []int, reg float64) (float64, *mat.Dense)
	}{
		{"SVM", SVMLoss, svmLossNaive},
		{"softmax", SoftmaxLoss, softmaxLossNaive},
	}
	for _, tt := range tests {
		for _, reg := range []float64{0, 50} {
			wantLoss, wantDW := tt.naive(wm, xm, y, reg)
			w := NewTensor("W", wm)
			loss := regularized(tt.loss, ConstTensor("X", xm), w, y, reg)
			loss.Backward()
			if got := loss.Scalar(); math.Abs(got-wantLoss) > 1e-12 {
				t.Errorf("%s reg %g: got loss %.15g, want %.15g", tt.name, reg, got, wantLoss)
			}
			var diff mat.Dense
			diff.Sub(w.Grad, wantDW)
			if got := mat.Norm(&diff, 2); got > 1e-12 {
				t.Errorf("%s reg %g: got ||dW - naive dW|| = %g, want ~0", tt.name, reg, got)
			}
		}
	}
}

// The CS231n dev-set size: X 500x3073 (3072 pixels + bias), W 3073x10.
func BenchmarkSoftmaxLoss500x3073(b *testing.B) { benchmarkLoss(b, SoftmaxLoss, 500, 3073, 10) }
func BenchmarkSVMLoss500x3073(b *testing.B)     { benchmarkLoss(b, SVMLoss, 500, 3073, 10) }

// benchmarkLoss measures one forward and backward pass of loss(X W, y) +
// reg L2(W), the inner step of the assignment's training loop (interp's
// BenchmarkSoftmaxStepCell runs it from a cell).
func benchmarkLoss(b *testing.B, loss lossFunc, n, d, c int) {
	rng := rand.New(rand.NewPCG(1, 1))
	xm := randDense(rng, n, d, -128, 128)
	wm := mat.NewDense(d, c, nil)
	wm.Apply(func(_, _ int, _ float64) float64 { return 0.001 * rng.NormFloat64() }, wm)
	y := make([]int, n)
	for i := range y {
		y[i] = rng.IntN(c)
	}
	x, w := ConstTensor("X", xm), NewTensor("W", wm)
	b.ReportAllocs()
	for b.Loop() {
		Add(loss(MatMul(x, w), y), Scale(L2(w), 2.5e4)).Backward()
	}
}
