package main

import (
	"fmt"
	"math"
)

type Tape struct {
	vals  []float64
	grads []float64
	ops   []func()
}

type Var struct {
	t  *Tape
	id int
}

func (t *Tape) Var(x float64) Var {
	t.vals = append(t.vals, x)
	t.grads = append(t.grads, 0)
	return Var{t, len(t.vals) - 1}
}

func (v Var) Val() float64 { return v.t.vals[v.id] }

func (t *Tape) unary(a Var, f, df func(float64) float64) Var {
	out := t.Var(f(a.Val()))
	t.ops = append(t.ops, func() {
		t.grads[a.id] += df(t.vals[a.id]) * t.grads[out.id]
	})
	return out
}

func (t *Tape) binary(a, b Var, f func(x, y float64) float64, dx, dy func(x, y float64) float64) Var {
	out := t.Var(f(a.Val(), b.Val()))
	t.ops = append(t.ops, func() {
		x, y := t.vals[a.id], t.vals[b.id]
		g := t.grads[out.id]
		t.grads[a.id] += dx(x, y) * g
		t.grads[b.id] += dy(x, y) * g
	})
	return out
}

func (t *Tape) Backward(v Var) {
	clear(t.grads)
	t.grads[v.id] = 1
	for i := len(t.ops) - 1; i >= 0; i-- {
		t.ops[i]()
	}
}

func main() {
	t := &Tape{}
	mul := func(a, b Var) Var {
		return t.binary(a, b, func(x, y float64) float64 { return x * y },
			func(x, y float64) float64 { return y },
			func(x, y float64) float64 { return x })
	}
	add := func(a, b Var) Var {
		one := func(x, y float64) float64 { return 1 }
		return t.binary(a, b, func(x, y float64) float64 { return x + y }, one, one)
	}
	exp := func(a Var) Var { return t.unary(a, math.Exp, math.Exp) }
	sig := func(a Var) Var {
		s := func(x float64) float64 { return 1 / (1 + math.Exp(-x)) }
		return t.unary(a, s, func(x float64) float64 { return s(x) * (1 - s(x)) })
	}

	x := t.Var(0.5)
	y := t.Var(-1.25)
	z := add(mul(x, y), exp(x))
	w := sig(mul(z, z))
	t.Backward(w)
	fmt.Printf("w=%.6f dx=%.6f dy=%.6f\n", w.Val(), t.grads[x.id], t.grads[y.id])
	fmt.Println("tape length:", len(t.ops), "vars:", len(t.vals))
	t.Backward(z)
	fmt.Printf("dz/dx=%.6f dz/dy=%.6f\n", t.grads[x.id], t.grads[y.id])
}
