package main

import (
	"fmt"
	"math"
)

type Tape struct {
	vals  []float64
	grads []float64
	back  []func()
}

type V struct {
	t  *Tape
	id int
}

func (t *Tape) New(x float64) V {
	t.vals = append(t.vals, x)
	t.grads = append(t.grads, 0)
	return V{t, len(t.vals) - 1}
}

func (a V) Val() float64  { return a.t.vals[a.id] }
func (a V) Grad() float64 { return a.t.grads[a.id] }

func (a V) Add(b V) V {
	out := a.t.New(a.Val() + b.Val())
	a.t.back = append(a.t.back, func() {
		g := a.t.grads[out.id]
		a.t.grads[a.id] += g
		a.t.grads[b.id] += g
	})
	return out
}

func (a V) Mul(b V) V {
	out := a.t.New(a.Val() * b.Val())
	a.t.back = append(a.t.back, func() {
		g := a.t.grads[out.id]
		a.t.grads[a.id] += g * b.Val()
		a.t.grads[b.id] += g * a.Val()
	})
	return out
}

func (a V) Sigmoid() V {
	s := 1 / (1 + math.Exp(-a.Val()))
	out := a.t.New(s)
	a.t.back = append(a.t.back, func() {
		a.t.grads[a.id] += a.t.grads[out.id] * s * (1 - s)
	})
	return out
}

func (a V) Pow(n float64) V {
	out := a.t.New(math.Pow(a.Val(), n))
	a.t.back = append(a.t.back, func() {
		a.t.grads[a.id] += a.t.grads[out.id] * n * math.Pow(a.Val(), n-1)
	})
	return out
}

func (t *Tape) Backward(out V) {
	clear(t.grads)
	t.grads[out.id] = 1
	for i := len(t.back) - 1; i >= 0; i-- {
		t.back[i]()
	}
}

func main() {
	t := &Tape{}
	w := []V{t.New(0.5), t.New(-0.3)}
	b := t.New(0.1)
	nParams := len(t.vals)
	xs := [][2]float64{{1, 2}, {-1, 0.5}, {2, -1}, {0, 0}}
	ys := []float64{1, 0, 1, 0}
	for epoch := range 5 {
		t.vals = t.vals[:nParams]
		t.grads = t.grads[:nParams]
		t.back = t.back[:0]
		loss := t.New(0)
		for i, x := range xs {
			z := w[0].Mul(t.New(x[0])).Add(w[1].Mul(t.New(x[1]))).Add(b)
			p := z.Sigmoid()
			d := p.Add(t.New(-ys[i])).Pow(2)
			loss = loss.Add(d)
		}
		t.Backward(loss)
		fmt.Printf("epoch %d loss %.5f tape=%d grads=[%.4f %.4f %.4f]\n", epoch, loss.Val(), len(t.back), w[0].Grad(), w[1].Grad(), b.Grad())
		for _, p := range append(w, b) {
			t.vals[p.id] -= 1.0 * p.Grad()
		}
	}
}
