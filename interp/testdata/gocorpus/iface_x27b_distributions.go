package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
)

type Distribution interface {
	Sample(r *rand.Rand) float64
	Mean() float64
	Var() float64
	fmt.Stringer
}

type Uniform struct{ A, B float64 }
type Normal struct{ Mu, Sigma float64 }
type Exponential struct{ Rate float64 }

func (u Uniform) Sample(r *rand.Rand) float64 { return u.A + (u.B-u.A)*r.Float64() }
func (u Uniform) Mean() float64               { return (u.A + u.B) / 2 }
func (u Uniform) Var() float64                { return (u.B - u.A) * (u.B - u.A) / 12 }
func (u Uniform) String() string              { return fmt.Sprintf("U(%g,%g)", u.A, u.B) }

func (n Normal) Sample(r *rand.Rand) float64 { return n.Mu + n.Sigma*r.NormFloat64() }
func (n Normal) Mean() float64               { return n.Mu }
func (n Normal) Var() float64                { return n.Sigma * n.Sigma }
func (n Normal) String() string              { return fmt.Sprintf("N(%g,%g)", n.Mu, n.Sigma) }

func (e *Exponential) Sample(r *rand.Rand) float64 { return -math.Log(1-r.Float64()) / e.Rate }
func (e *Exponential) Mean() float64               { return 1 / e.Rate }
func (e *Exponential) Var() float64                { return 1 / (e.Rate * e.Rate) }
func (e *Exponential) String() string              { return fmt.Sprintf("Exp(%g)", e.Rate) }

type Mixture struct {
	Parts   []Distribution
	Weights []float64
}

func (m Mixture) Sample(r *rand.Rand) float64 {
	u := r.Float64()
	for i, w := range m.Weights {
		if u < w {
			return m.Parts[i].Sample(r)
		}
		u -= w
	}
	return m.Parts[len(m.Parts)-1].Sample(r)
}

func (m Mixture) Mean() float64 {
	s := 0.0
	for i, p := range m.Parts {
		s += m.Weights[i] * p.Mean()
	}
	return s
}

func (m Mixture) Var() float64 {
	mu, s := m.Mean(), 0.0
	for i, p := range m.Parts {
		s += m.Weights[i] * (p.Var() + (p.Mean()-mu)*(p.Mean()-mu))
	}
	return s
}

func (m Mixture) String() string { return fmt.Sprintf("Mix%v", m.Parts) }

func main() {
	r := rand.New(rand.NewSource(11))
	ds := []Distribution{
		Uniform{-1, 3}, Normal{2, 0.5}, &Exponential{4},
		Mixture{[]Distribution{Normal{0, 1}, Normal{5, 1}}, []float64{0.3, 0.7}},
	}
	for _, d := range ds {
		const n = 20000
		xs := make([]float64, n)
		var s, s2 float64
		for i := range xs {
			x := d.Sample(r)
			xs[i] = x
			s += x
			s2 += x * x
		}
		m := s / n
		v := s2/n - m*m
		sort.Float64s(xs)
		fmt.Printf("%-26v mean %.4f (%.4f) var %.4f (%.4f) q10=%.3f q90=%.3f\n", d, m, d.Mean(), v, d.Var(), xs[n/10], xs[9*n/10])
		if _, ok := d.(*Exponential); ok {
			fmt.Printf("  %T is a pointer type\n", d)
		}
	}
}
