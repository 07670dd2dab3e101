package autodiff

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// The optimizers of the assignment's training loop (lecture section 7) step
// parameters against the gradients Backward left in their Grad:
//
//	loss := SoftmaxLoss(MatMul(x, w), y)
//	loss.Backward()
//	opt.Step(w)
//
// They keep per-parameter state (velocity, moments) keyed by the *Tensor, so
// pass the same tensors every step. Writing the loss, the minibatch sampling
// and the loop is the student's part.

// SGD is stochastic gradient descent with momentum, in CS231n's form:
//
//	v = Momentum*v - LR*dw
//	w = w + v
//
// With Momentum 0 it is plain SGD, w -= LR*dw.
type SGD struct {
	LR       float64
	Momentum float64

	velocity map[*Tensor]*mat.Dense
}

// NewSGD returns an SGD with learning rate lr and momentum (0 for plain SGD,
// 0.9 is usual). It does not check the values: a negative lr climbs the loss.
func NewSGD(lr, momentum float64) *SGD {
	return &SGD{LR: lr, Momentum: momentum}
}

// Step updates each param's Data in place from its Grad. Step panics if a
// param takes no gradient (a ConstTensor).
func (o *SGD) Step(params ...*Tensor) {
	if o.velocity == nil {
		o.velocity = make(map[*Tensor]*mat.Dense)
	}
	for _, p := range params {
		mustParam("SGD.Step", p)
		if o.Momentum == 0 {
			addScaled(p.Data, -o.LR, p.Grad)
			continue
		}
		v := o.velocity[p]
		if v == nil {
			r, c := p.Dims()
			v = mat.NewDense(r, c, nil)
			o.velocity[p] = v
		}
		v.Scale(o.Momentum, v)
		addScaled(v, -o.LR, p.Grad)
		p.Data.Add(p.Data, v)
	}
}

// Adam is the Adam optimizer (Kingma and Ba), as in CS231n's optim.adam:
// running means of the gradient (m) and of its square (v), corrected for
// their zero start, scale each entry's step:
//
//	m = Beta1*m + (1-Beta1)*dw
//	v = Beta2*v + (1-Beta2)*dw^2
//	w = w - LR * m/(1-Beta1^t) / (sqrt(v/(1-Beta2^t)) + Eps)
type Adam struct {
	LR, Beta1, Beta2, Eps float64

	t    int // steps taken, for the bias correction
	m, v map[*Tensor]*mat.Dense
}

// NewAdam returns an Adam with learning rate lr and the usual Beta1 0.9,
// Beta2 0.999 and Eps 1e-8.
func NewAdam(lr float64) *Adam {
	return &Adam{LR: lr, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8}
}

// Step updates each param's Data in place from its Grad and counts one step
// for all of them, so pass every parameter in one call. Step panics if a
// param takes no gradient (a ConstTensor).
func (o *Adam) Step(params ...*Tensor) {
	if o.m == nil {
		o.m = make(map[*Tensor]*mat.Dense)
		o.v = make(map[*Tensor]*mat.Dense)
	}
	o.t++
	c1 := 1 - math.Pow(o.Beta1, float64(o.t))
	c2 := 1 - math.Pow(o.Beta2, float64(o.t))
	for _, p := range params {
		mustParam("Adam.Step", p)
		m, v := o.m[p], o.v[p]
		if m == nil {
			r, c := p.Dims()
			m, v = mat.NewDense(r, c, nil), mat.NewDense(r, c, nil)
			o.m[p], o.v[p] = m, v
		}
		m.Scale(o.Beta1, m)
		addScaled(m, 1-o.Beta1, p.Grad)
		sq := new(mat.Dense)
		sq.MulElem(p.Grad, p.Grad)
		v.Scale(o.Beta2, v)
		addScaled(v, 1-o.Beta2, sq)
		step := sq // reuse the buffer for the step
		step.Apply(func(i, j int, vij float64) float64 {
			return o.LR * m.At(i, j) / c1 / (math.Sqrt(vij/c2) + o.Eps)
		}, v)
		p.Data.Sub(p.Data, step)
	}
}

func mustParam(op string, p *Tensor) {
	mustTensors(op, p)
	if p.Grad == nil {
		panic(fmt.Sprintf("autodiff: %s: %q takes no gradient (make parameters with NewTensor)", op, p.Label))
	}
}
