package main

import (
	"fmt"
	"strings"
)

type Poly []float64 // coefficients, lowest degree first

func (p Poly) Degree() int {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] != 0 {
			return i
		}
	}
	return -1
}

func (p Poly) Eval(x float64) float64 {
	var r float64
	for i := len(p) - 1; i >= 0; i-- {
		r = r*x + p[i]
	}
	return r
}

func (p Poly) Deriv() Poly {
	if len(p) <= 1 {
		return Poly{0}
	}
	d := make(Poly, len(p)-1)
	for i := 1; i < len(p); i++ {
		d[i-1] = float64(i) * p[i]
	}
	return d
}

func (p Poly) Mul(q Poly) Poly {
	r := make(Poly, len(p)+len(q)-1)
	for i, a := range p {
		for j, b := range q {
			r[i+j] += a * b
		}
	}
	return r
}

func (p Poly) String() string {
	var parts []string
	for i := p.Degree(); i >= 0; i-- {
		c := p[i]
		if c == 0 {
			continue
		}
		var t string
		switch i {
		case 0:
			t = fmt.Sprintf("%g", c)
		case 1:
			t = fmt.Sprintf("%gx", c)
		default:
			t = fmt.Sprintf("%gx^%d", c, i)
		}
		parts = append(parts, t)
	}
	if len(parts) == 0 {
		return "0"
	}
	return strings.ReplaceAll(strings.Join(parts, " + "), "+ -", "- ")
}

func (p Poly) Roots(guesses []float64) []float64 {
	dp := p.Deriv()
	var out []float64
	for _, x := range guesses {
		for range 60 {
			x -= p.Eval(x) / dp.Eval(x)
		}
		out = append(out, x)
	}
	return out
}

func main() {
	a := Poly{-1, 1}
	b := Poly{-2, 1}
	c := Poly{3, 1}
	p := a.Mul(b).Mul(c)
	fmt.Println("p    =", p)
	fmt.Println("p'   =", p.Deriv())
	fmt.Println("p''  =", p.Deriv().Deriv())
	fmt.Printf("deg=%d p(0)=%g p(1.5)=%.4f\n", p.Degree(), p.Eval(0), p.Eval(1.5))
	fmt.Printf("roots %.6f\n", p.Roots([]float64{0, 2.5, -5}))
	eval := p.Eval
	fmt.Printf("%.2f %.2f\n", eval(2), eval(-3))
	fmt.Println(Poly{0, 0}, Poly{}.Degree())
	fmt.Printf("%v|%s|%v\n", p, Poly{1.5, -2}, []float64(Poly{1, 2}))
}
