package autodiff

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"
)

// MatMul returns the matrix product a b, such as the scores X W of a linear
// classifier (lecture section 7). Its chain-rule step is the lecture's
// section 6: for D = A B, dA = dD B^T and dB = A^T dD, each shaped like the
// variable it belongs to. MatMul panics if a's columns differ from b's rows,
// with a message naming both shapes ("autodiff: MatMul: 2x3 times 2x3").
func MatMul(a, b *Tensor) *Tensor {
	mustTensors("MatMul", a, b)
	ar, ac := a.Dims()
	br, bc := b.Dims()
	if ac != br {
		panic(fmt.Sprintf("autodiff: MatMul: %s times %s (a's columns must equal b's rows)", shape(a), shape(b)))
	}
	d := mat.NewDense(ar, bc, nil)
	mulAdd(d, a.Data, false, b.Data, false)
	out := newTensor(d, "matmul", a, b)
	out.backward = func() {
		if a.needsGrad {
			mulAdd(a.Grad, out.Grad, false, b.Data, true)
		}
		if b.needsGrad {
			mulAdd(b.Grad, a.Data, true, out.Grad, false)
		}
	}
	return out
}

// Add returns a + b. b is either a's shape or a 1xC row that is added to
// every row of a, the bias of an affine layer. A broadcast row is used once
// per row, so its gradient is the sum of the rows of the upstream gradient
// (gradients add at branches, lecture section 4). Add panics if b is neither
// shape, naming both.
func Add(a, b *Tensor) *Tensor {
	return addSigned("Add", "+", "plus", a, b, 1)
}

// Sub returns a - b, with b either a's shape or a 1xC row subtracted from
// every row of a. Sub panics if b is neither shape, naming both.
func Sub(a, b *Tensor) *Tensor {
	return addSigned("Sub", "-", "minus", a, b, -1)
}

// addSigned is a + sign*b for Add and Sub: one gate whose backward is the add
// gate's distributor, with b's share scaled by sign.
func addSigned(name, op, verb string, a, b *Tensor, sign float64) *Tensor {
	mustTensors(name, a, b)
	ar, ac := a.Dims()
	br, bc := b.Dims()
	out := mat.NewDense(ar, ac, nil)
	var ones []float64 // non-nil when b is a row broadcast over a's rows
	switch {
	case br == ar && bc == ac:
		if sign > 0 {
			out.Add(a.Data, b.Data)
		} else {
			out.Sub(a.Data, b.Data)
		}
	case br == 1 && bc == ac:
		ones = make([]float64, ar)
		for i := range ones {
			ones[i] = 1
		}
		// a + sign * 1 b, with 1 a column of ones: a rank-one update.
		out.RankOne(a.Data, sign, mat.NewVecDense(ar, ones), b.Data.RowView(0))
	default:
		panic(fmt.Sprintf("autodiff: %s: %s %s %s (b must be %dx%d or a 1x%d row)", name, shape(a), verb, shape(b), ar, ac, ac))
	}
	t := newTensor(out, op, a, b)
	t.backward = func() {
		if a.needsGrad {
			addScaled(a.Grad, 1, t.Grad)
		}
		if !b.needsGrad {
			return
		}
		if ones == nil {
			addScaled(b.Grad, sign, t.Grad)
			return
		}
		// db += sign * dOut^T 1: the column sums of the upstream gradient.
		g := t.Grad.RawMatrix()
		db := b.Grad.RawMatrix()
		blas64.Gemv(blas.Trans, sign, g, blas64.Vector{N: ar, Inc: 1, Data: ones}, 1, blas64.Vector{N: ac, Inc: 1, Data: db.Data[:ac]})
	}
	return t
}

// Mul returns the elementwise product of a and b; each input's gradient is
// the upstream gradient times the other input, the mul gate's switch
// (lecture section 4) entry by entry. Mul panics unless a and b have the same
// shape, naming both.
func Mul(a, b *Tensor) *Tensor {
	mustTensors("Mul", a, b)
	ar, ac := a.Dims()
	br, bc := b.Dims()
	if ar != br || ac != bc {
		panic(fmt.Sprintf("autodiff: Mul: %s times %s elementwise (want the same shape)", shape(a), shape(b)))
	}
	out := mat.NewDense(ar, ac, nil)
	out.MulElem(a.Data, b.Data)
	t := newTensor(out, "*", a, b)
	t.backward = func() {
		tmp := mat.NewDense(ar, ac, nil)
		if a.needsGrad {
			tmp.MulElem(t.Grad, b.Data)
			addScaled(a.Grad, 1, tmp)
		}
		if b.needsGrad {
			tmp.MulElem(t.Grad, a.Data)
			addScaled(b.Grad, 1, tmp)
		}
	}
	return t
}

// Scale returns s*a, such as reg * L2(W) in a regularized loss, or the
// lecture's MulConstant f(X) = aX as a graph operation.
func Scale(a *Tensor, s float64) *Tensor {
	mustTensors("Scale", a)
	r, c := a.Dims()
	out := mat.NewDense(r, c, nil)
	out.Scale(s, a.Data)
	t := newTensor(out, "scale", a)
	t.backward = func() {
		addScaled(a.Grad, s, t.Grad)
	}
	return t
}

// ReLU returns max(0, a) elementwise. Its Jacobian is diagonal, so the
// backward pass never builds it (lecture section 6): the gradient passes
// where a > 0 and is 0 elsewhere, including at the kink a = 0.
func ReLU(a *Tensor) *Tensor {
	return elementwise("relu", a, func(x float64) float64 { return math.Max(0, x) },
		func(x, _ float64) float64 {
			if x > 0 {
				return 1
			}
			return 0
		})
}

// Sigmoid returns 1 / (1 + e^-a) elementwise, with local gradient (1-s)s
// taken from its own output s (lecture section 3).
func Sigmoid(a *Tensor) *Tensor {
	return elementwise("sigmoid", a, sigmoid, func(_, s float64) float64 { return (1 - s) * s })
}

// Tanh returns tanh(a) elementwise, with local gradient 1 - tanh^2.
func Tanh(a *Tensor) *Tensor {
	return elementwise("tanh", a, math.Tanh, func(_, t float64) float64 { return 1 - t*t })
}

// Exp returns e^a elementwise (not the matrix exponential that mat.Dense.Exp
// computes). Large entries overflow to +Inf.
func Exp(a *Tensor) *Tensor {
	return elementwise("exp", a, math.Exp, func(_, y float64) float64 { return y })
}

// Log returns the natural logarithm of a elementwise; entries <= 0 give -Inf
// or NaN, as math.Log does, and so do their gradients.
func Log(a *Tensor) *Tensor {
	return elementwise("log", a, math.Log, func(x, _ float64) float64 { return 1 / x })
}

// elementwise applies f to every entry of a. Its chain-rule step multiplies
// the upstream gradient entry by entry with the local derivative df(x, y),
// where x is the input entry and y = f(x) the output entry.
func elementwise(op string, a *Tensor, f func(x float64) float64, df func(x, y float64) float64) *Tensor {
	mustTensors(op, a)
	r, c := a.Dims()
	out := mat.NewDense(r, c, nil)
	out.Apply(func(_, _ int, x float64) float64 { return f(x) }, a.Data)
	t := newTensor(out, op, a)
	t.backward = func() {
		local := mat.NewDense(r, c, nil)
		local.Apply(func(i, j int, x float64) float64 { return df(x, out.At(i, j)) }, a.Data)
		local.MulElem(local, t.Grad)
		addScaled(a.Grad, 1, local)
	}
	return t
}

// Sum returns the 1x1 sum of all entries of a. Every entry contributed once,
// so each receives the upstream gradient unchanged.
func Sum(a *Tensor) *Tensor {
	mustTensors("Sum", a)
	t := newTensor(mat.NewDense(1, 1, []float64{mat.Sum(a.Data)}), "sum", a)
	t.backward = func() {
		addConstant(a.Grad, t.Grad.At(0, 0))
	}
	return t
}

// Mean returns the 1x1 mean of all entries of a; each entry receives the
// upstream gradient divided by the number of entries.
func Mean(a *Tensor) *Tensor {
	mustTensors("Mean", a)
	r, c := a.Dims()
	n := float64(r * c)
	t := newTensor(mat.NewDense(1, 1, []float64{mat.Sum(a.Data) / n}), "mean", a)
	t.backward = func() {
		addConstant(a.Grad, t.Grad.At(0, 0)/n)
	}
	return t
}

// L2 returns the 1x1 sum of the squares of w's entries, the regularization
// term sum_k W_k^2 of lecture section 7 (scale it by reg with Scale). Its
// gradient is 2W.
func L2(w *Tensor) *Tensor {
	mustTensors("L2", w)
	r, _ := w.Dims()
	var ss float64
	for i := 0; i < r; i++ {
		row := w.Data.RawRowView(i)
		ss += floats.Dot(row, row)
	}
	t := newTensor(mat.NewDense(1, 1, []float64{ss}), "l2", w)
	t.backward = func() {
		addScaled(w.Grad, 2*t.Grad.At(0, 0), w.Data)
	}
	return t
}

// addConstant adds g to every entry of dst.
func addConstant(dst *mat.Dense, g float64) {
	r, _ := dst.Dims()
	for i := 0; i < r; i++ {
		floats.AddConst(g, dst.RawRowView(i))
	}
}
