package main

import (
	"fmt"
	"strings"
)

type Differentiable[T any] interface {
	Add(T) T
	Mul(T) T
	Zero() T
	One() T
}

// Dual numbers give forward-mode derivatives.
type Dual struct{ Re, Eps float64 }

func (a Dual) Add(b Dual) Dual { return Dual{a.Re + b.Re, a.Eps + b.Eps} }
func (a Dual) Mul(b Dual) Dual { return Dual{a.Re * b.Re, a.Re*b.Eps + a.Eps*b.Re} }
func (Dual) Zero() Dual        { return Dual{} }
func (Dual) One() Dual         { return Dual{Re: 1} }
func (a Dual) String() string  { return fmt.Sprintf("%g+%gε", a.Re, a.Eps) }

type Real float64

func (a Real) Add(b Real) Real { return a + b }
func (a Real) Mul(b Real) Real { return a * b }
func (Real) Zero() Real        { return 0 }
func (Real) One() Real         { return 1 }

func Poly[T Differentiable[T]](coeffs []T, x T) T {
	// Horner's rule
	var z T
	acc := z.Zero()
	for i := len(coeffs) - 1; i >= 0; i-- {
		acc = acc.Mul(x).Add(coeffs[i])
	}
	return acc
}

func Pow[T Differentiable[T]](x T, n int) T {
	r := x.One()
	for range n {
		r = r.Mul(x)
	}
	return r
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func lift(cs ...float64) []Dual {
	out := make([]Dual, len(cs))
	for i, c := range cs {
		out[i] = Dual{Re: c}
	}
	return out
}

func main() {
	// p(x) = 1 + 2x - 3x^2 + x^3
	realC := []Real{1, 2, -3, 1}
	fmt.Println("p(2) =", Poly(realC, 2))
	d := Poly(lift(1, 2, -3, 1), Dual{2, 1})
	fmt.Println("p(2) with derivative:", d)
	fmt.Printf("%v %+v %T\n", Pow(Dual{3, 1}, 4), Pow(Real(1.5), 2), Pow(Real(2), 3))
	var st Stack[Dual]
	for _, x := range []float64{0, 1, 2} {
		st.Push(Poly(lift(1, 2, -3, 1), Dual{x, 1}))
	}
	var parts []string
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		parts = append(parts, v.String())
	}
	fmt.Println(strings.Join(parts, "; "))
}
