package main

import (
	"fmt"
	"math"
)

type Tape struct {
	vals     []float64
	grads    []float64
	backward []func()
}

type V struct {
	t  *Tape
	id int
}

func (t *Tape) Var(x float64) V {
	t.vals = append(t.vals, x)
	t.grads = append(t.grads, 0)
	return V{t, len(t.vals) - 1}
}

func (a V) Val() float64 { return a.t.vals[a.id] }

func (a V) Mul(b V) V {
	out := a.t.Var(a.Val() * b.Val())
	a.t.backward = append(a.t.backward, func() {
		g := a.t.grads[out.id]
		a.t.grads[a.id] += g * b.Val()
		a.t.grads[b.id] += g * a.Val()
	})
	return out
}

func (a V) Add(b V) V {
	out := a.t.Var(a.Val() + b.Val())
	a.t.backward = append(a.t.backward, func() {
		g := a.t.grads[out.id]
		a.t.grads[a.id] += g
		a.t.grads[b.id] += g
	})
	return out
}

func (a V) Exp() V {
	out := a.t.Var(math.Exp(a.Val()))
	a.t.backward = append(a.t.backward, func() {
		a.t.grads[a.id] += a.t.grads[out.id] * out.Val()
	})
	return out
}

func (t *Tape) Backward(out V) {
	t.grads[out.id] = 1
	for i := len(t.backward) - 1; i >= 0; i-- {
		t.backward[i]()
	}
}

func f(x, y float64) (float64, float64, float64) {
	t := &Tape{}
	a, b := t.Var(x), t.Var(y)
	z := a.Mul(b).Add(a.Exp()).Mul(b)
	t.Backward(z)
	return z.Val(), t.grads[a.id], t.grads[b.id]
}

func main() {
	for _, p := range [][2]float64{{1, 2}, {0.5, -1}, {-1.5, 0.25}} {
		z, gx, gy := f(p[0], p[1])
		h := 1e-6
		zx1, _, _ := f(p[0]+h, p[1])
		zx0, _, _ := f(p[0]-h, p[1])
		zy1, _, _ := f(p[0], p[1]+h)
		zy0, _, _ := f(p[0], p[1]-h)
		fmt.Printf("f%v = %.5f  grad=(%.5f, %.5f)  numeric=(%.5f, %.5f)\n",
			p, z, gx, gy, (zx1-zx0)/(2*h), (zy1-zy0)/(2*h))
	}
}
