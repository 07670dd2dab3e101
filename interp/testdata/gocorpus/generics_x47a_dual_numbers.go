package main

import (
	"fmt"
	"math"
)

type Dual struct {
	Re, Eps float64
}

func (a Dual) Add(b Dual) Dual { return Dual{a.Re + b.Re, a.Eps + b.Eps} }
func (a Dual) Mul(b Dual) Dual { return Dual{a.Re * b.Re, a.Re*b.Eps + a.Eps*b.Re} }
func (a Dual) Sin() Dual       { return Dual{math.Sin(a.Re), math.Cos(a.Re) * a.Eps} }
func (a Dual) Exp() Dual       { e := math.Exp(a.Re); return Dual{e, e * a.Eps} }
func (a Dual) String() string  { return fmt.Sprintf("%.4f + %.4fε", a.Re, a.Eps) }

type Ring[T any] interface {
	Add(T) T
	Mul(T) T
	Exp() T
	Sin() T
}

type F64 float64

func (a F64) Add(b F64) F64 { return a + b }
func (a F64) Mul(b F64) F64 { return a * b }
func (a F64) Exp() F64      { return F64(math.Exp(float64(a))) }
func (a F64) Sin() F64      { return F64(math.Sin(float64(a))) }

// f(x) = x*sin(x) + exp(x*x)
func f[T Ring[T]](x T) T {
	return x.Mul(x.Sin()).Add(x.Mul(x).Exp())
}

func Poly[T Ring[T]](coef []T, x T) T {
	acc := coef[len(coef)-1]
	for i := len(coef) - 2; i >= 0; i-- {
		acc = acc.Mul(x).Add(coef[i])
	}
	return acc
}

func main() {
	for _, x := range []float64{0, 0.5, 1} {
		d := f(Dual{x, 1})
		plain := f(F64(x))
		want := math.Sin(x) + x*math.Cos(x) + 2*x*math.Exp(x*x)
		fmt.Printf("x=%.1f f=%v plain=%.4f want'=%.4f\n", x, d, plain, want)
	}
	coef := []Dual{{1, 0}, {-3, 0}, {0, 0}, {2, 0}}
	p := Poly(coef, Dual{2, 1})
	fmt.Println("poly:", p)
	fmt.Printf("%v %+v %T\n", Dual{1, 2}, Dual{1, 2}, F64(1))
	fmt.Printf("%#v\n", Dual{1, 2})
}
