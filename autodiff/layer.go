package autodiff

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// Layer is the matrix form of Gate (lecture section 5, "layers are such
// modules"): Forward computes the output for a minibatch x and caches what
// Backward needs; Backward takes dL/dout, shaped like the output, and returns
// dL/dx, shaped like x. A layer with parameters also stores their gradients
// during Backward, as MatMulLayer does in DW.
//
// Any type with these two methods is a layer, including one defined in a
// notebook cell; chain layers by calling Forward in order and Backward in
// reverse order.
type Layer interface {
	Forward(x *mat.Dense) *mat.Dense
	Backward(dout *mat.Dense) *mat.Dense
}

// MatMulLayer multiplies its input by the weights W: out = x W, with x
// N x D and W D x C as in lecture section 7. Backward stores dL/dW in DW.
type MatMulLayer struct {
	W  *mat.Dense
	DW *mat.Dense

	x *mat.Dense
}

// Forward caches x and returns x W. Forward panics if W is nil or if x's
// columns differ from W's rows, naming both shapes.
func (l *MatMulLayer) Forward(x *mat.Dense) *mat.Dense {
	if l.W == nil {
		panic("autodiff: MatMulLayer.Forward: W is nil (set it: &MatMulLayer{W: w})")
	}
	xr, xc := x.Dims()
	wr, wc := l.W.Dims()
	if xc != wr {
		panic(fmt.Sprintf("autodiff: MatMulLayer.Forward: %dx%d times %dx%d (x's columns must equal W's rows)", xr, xc, wr, wc))
	}
	l.x = x
	out := mat.NewDense(xr, wc, nil)
	out.Mul(x, l.W)
	return out
}

// Backward stores dW = x^T dout in DW and returns dx = dout W^T (lecture
// section 6). Backward panics if Forward has not run.
func (l *MatMulLayer) Backward(dout *mat.Dense) *mat.Dense {
	if l.x == nil {
		panic("autodiff: MatMulLayer.Backward: call Forward first")
	}
	l.DW = new(mat.Dense)
	l.DW.Mul(l.x.T(), dout)
	dx := new(mat.Dense)
	dx.Mul(dout, l.W.T())
	return dx
}

// ReLULayer computes max(0, x) elementwise.
type ReLULayer struct {
	x *mat.Dense
}

// Forward caches x and returns max(0, x).
func (l *ReLULayer) Forward(x *mat.Dense) *mat.Dense {
	l.x = x
	out := new(mat.Dense)
	out.Apply(func(_, _ int, v float64) float64 { return max(0, v) }, x)
	return out
}

// Backward returns dout where the input of the last Forward was positive and
// 0 elsewhere: the diagonal Jacobian of lecture section 6, never built.
// Backward panics if Forward has not run.
func (l *ReLULayer) Backward(dout *mat.Dense) *mat.Dense {
	if l.x == nil {
		panic("autodiff: ReLULayer.Backward: call Forward first")
	}
	dx := new(mat.Dense)
	dx.Apply(func(i, j int, d float64) float64 {
		if l.x.At(i, j) > 0 {
			return d
		}
		return 0
	}, dout)
	return dx
}

// MulConstant is Torch's nn.MulConstant (lecture section 5): f(X) = aX for a
// constant a, with Torch's two methods, UpdateOutput and UpdateGradInput, and
// its in-place mode. Output and GradInput hold the last results; as in Torch
// they are reused by the next call of the same shape, so copy them to keep
// them.
type MulConstant struct {
	Constant float64
	InPlace  bool

	Output    *mat.Dense
	GradInput *mat.Dense

	input *mat.Dense // cached by Forward for Backward
}

// NewMulConstant returns a MulConstant multiplying by c, in place if inPlace
// is true.
func NewMulConstant(c float64, inPlace bool) *MulConstant {
	return &MulConstant{Constant: c, InPlace: inPlace}
}

// UpdateOutput computes a*input into Output and returns it. In place, it
// scales input itself and Output is input, which saves a matrix; the input
// is restored by UpdateGradInput. UpdateOutput panics in place with a
// constant of 0, because the input could not be restored.
func (m *MulConstant) UpdateOutput(input *mat.Dense) *mat.Dense {
	if m.InPlace {
		if m.Constant == 0 {
			panic("autodiff: MulConstant.UpdateOutput: in place with constant 0 would destroy the input (use InPlace false)")
		}
		input.Scale(m.Constant, input)
		m.Output = input
		return m.Output
	}
	m.Output = reuse(m.Output, input)
	m.Output.Scale(m.Constant, input)
	return m.Output
}

// UpdateGradInput computes a*gradOutput into GradInput and returns it: the
// local gradient of aX is a. In place, it scales gradOutput itself and
// divides input by a, undoing UpdateOutput, as Torch does.
func (m *MulConstant) UpdateGradInput(input, gradOutput *mat.Dense) *mat.Dense {
	if m.InPlace {
		gradOutput.Scale(m.Constant, gradOutput)
		m.GradInput = gradOutput
		input.Scale(1/m.Constant, input)
		return m.GradInput
	}
	m.GradInput = reuse(m.GradInput, gradOutput)
	m.GradInput.Scale(m.Constant, gradOutput)
	return m.GradInput
}

// Forward caches x and returns UpdateOutput(x), as Torch's forward does.
func (m *MulConstant) Forward(x *mat.Dense) *mat.Dense {
	m.input = x
	return m.UpdateOutput(x)
}

// Backward returns UpdateGradInput(x, dout) for the x of the last Forward.
// Backward panics if Forward has not run.
func (m *MulConstant) Backward(dout *mat.Dense) *mat.Dense {
	if m.input == nil {
		panic("autodiff: MulConstant.Backward: call Forward first")
	}
	return m.UpdateGradInput(m.input, dout)
}

// reuse returns dst if it has like's shape, or a new matrix of that shape:
// Torch's resizeAs.
func reuse(dst, like *mat.Dense) *mat.Dense {
	r, c := like.Dims()
	if dst != nil && !dst.IsEmpty() {
		if dr, dc := dst.Dims(); dr == r && dc == c {
			return dst
		}
	}
	return mat.NewDense(r, c, nil)
}
