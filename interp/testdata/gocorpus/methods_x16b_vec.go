package main

import (
	"fmt"
	"math"
	"strings"
)

type Vec []float64

func (v Vec) Dot(w Vec) float64 {
	s := 0.0
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func (v Vec) Norm() float64 { return math.Sqrt(v.Dot(v)) }

func (v Vec) Scale(k float64) Vec {
	out := make(Vec, len(v))
	for i, x := range v {
		out[i] = k * x
	}
	return out
}

func (v *Vec) AddInPlace(w Vec) {
	for i := range *v {
		(*v)[i] += w[i]
	}
}

func (v *Vec) Push(x float64) { *v = append(*v, x) }

func (v Vec) String() string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = fmt.Sprintf("%.3g", x)
	}
	return "<" + strings.Join(parts, ", ") + ">"
}

type Grad struct {
	Vec
	Step int
}

func clip(g Vec, maxNorm float64) Vec {
	n := g.Norm()
	if n > maxNorm {
		return g.Scale(maxNorm / n)
	}
	return g
}

func main() {
	w := Vec{1, 2, 3}
	g := Grad{Vec{10, -20, 5}, 1}
	fmt.Println(w, g, g.Norm())
	c := clip(g.Vec, 5)
	fmt.Println(c, math.Round(c.Norm()*1e9)/1e9)
	w.AddInPlace(c.Scale(-0.1))
	fmt.Println(w)
	w.Push(4)
	fmt.Println(w, len(w))
	f := Vec.Dot
	fmt.Println(f(w[:3], Vec{1, 1, 1}))
	h := w.Norm
	w[0] = 0
	fmt.Printf("%.4f\n", h())
	pv := &w
	pv.Push(5)
	fmt.Println(*pv, pv.Norm() > 7)
	var gs []fmt.Stringer
	gs = append(gs, w, g, Vec(nil))
	for _, s := range gs {
		fmt.Printf("%T %v\n", s, s)
	}
}
