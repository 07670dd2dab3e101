package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type Value struct {
	D, G float64
	ch   []*Value
	bw   func()
}

func C(x float64) *Value { return &Value{D: x} }
func (a *Value) Add(b *Value) *Value {
	o := &Value{D: a.D + b.D, ch: []*Value{a, b}}
	o.bw = func() { a.G += o.G; b.G += o.G }
	return o
}
func (a *Value) Mul(b *Value) *Value {
	o := &Value{D: a.D * b.D, ch: []*Value{a, b}}
	o.bw = func() { a.G += b.D * o.G; b.G += a.D * o.G }
	return o
}
func (a *Value) ReLU() *Value {
	o := &Value{D: math.Max(0, a.D), ch: []*Value{a}}
	o.bw = func() {
		if o.D > 0 {
			a.G += o.G
		}
	}
	return o
}
func (a *Value) Backward() {
	var topo []*Value
	seen := map[*Value]bool{}
	var b func(*Value)
	b = func(v *Value) {
		if seen[v] {
			return
		}
		seen[v] = true
		for _, c := range v.ch {
			b(c)
		}
		topo = append(topo, v)
	}
	b(a)
	a.G = 1
	for i := len(topo) - 1; i >= 0; i-- {
		if topo[i].bw != nil {
			topo[i].bw()
		}
	}
}

type Module interface{ Parameters() []*Value }

type Neuron struct {
	w      []*Value
	b      *Value
	linear bool
}

func (n *Neuron) Forward(x []*Value) *Value {
	s := n.b
	for i := range n.w {
		s = s.Add(n.w[i].Mul(x[i]))
	}
	if n.linear {
		return s
	}
	return s.ReLU()
}
func (n *Neuron) Parameters() []*Value { return append(n.w[:len(n.w):len(n.w)], n.b) }

type MLP struct{ layers [][]*Neuron }

func (m *MLP) Forward(x []*Value) []*Value {
	for _, l := range m.layers {
		y := make([]*Value, len(l))
		for i, n := range l {
			y[i] = n.Forward(x)
		}
		x = y
	}
	return x
}
func (m *MLP) Parameters() []*Value {
	var ps []*Value
	for _, l := range m.layers {
		for _, n := range l {
			ps = append(ps, n.Parameters()...)
		}
	}
	return ps
}

func main() {
	r := rand.New(rand.NewPCG(7, 7))
	var xs [][2]float64
	var ys []float64
	for i := 0; i < 24; i++ {
		t := math.Pi * float64(i%12) / 11
		if i < 12 {
			xs, ys = append(xs, [2]float64{math.Cos(t), math.Sin(t)}), append(ys, 1)
		} else {
			xs, ys = append(xs, [2]float64{1 - math.Cos(t), 0.5 - math.Sin(t)}), append(ys, -1)
		}
	}
	sizes := []int{2, 8, 8, 1}
	m := &MLP{}
	for i := 1; i < len(sizes); i++ {
		var l []*Neuron
		for range sizes[i] {
			n := &Neuron{b: C(0), linear: i == len(sizes)-1}
			for range sizes[i-1] {
				n.w = append(n.w, C(r.Float64()*2-1))
			}
			l = append(l, n)
		}
		m.layers = append(m.layers, l)
	}
	var mod Module = m
	fmt.Println("parameters:", len(mod.Parameters()))
	for k := 0; k < 25; k++ {
		loss := C(0)
		acc := 0
		for i, x := range xs {
			s := m.Forward([]*Value{C(x[0]), C(x[1])})[0]
			loss = loss.Add(C(1).Add(C(-ys[i]).Mul(s)).ReLU())
			if (s.D > 0) == (ys[i] > 0) {
				acc++
			}
		}
		loss = loss.Mul(C(1.0 / float64(len(xs))))
		reg := C(0)
		for _, p := range mod.Parameters() {
			reg = reg.Add(p.Mul(p))
		}
		total := loss.Add(reg.Mul(C(1e-4)))
		for _, p := range mod.Parameters() {
			p.G = 0
		}
		total.Backward()
		lr := 1.0 - 0.9*float64(k)/25
		for _, p := range mod.Parameters() {
			p.D -= lr * p.G
		}
		if k%5 == 0 || k == 24 {
			fmt.Printf("step %2d loss %.4f accuracy %.1f%%\n", k, total.D, 100*float64(acc)/float64(len(xs)))
		}
	}
}
