package main

import (
	"fmt"
	"strconv"
)

type Scalar interface {
	~float32 | ~float64
}

type Dual[T Scalar] struct{ V, D T }

func (a Dual[T]) Add(b Dual[T]) Dual[T] { return Dual[T]{a.V + b.V, a.D + b.D} }
func (a Dual[T]) Mul(b Dual[T]) Dual[T] { return Dual[T]{a.V * b.V, a.D*b.V + a.V*b.D} }
func (a Dual[T]) String() string {
	return strconv.FormatFloat(float64(a.V), 'g', 5, 64) + "+" + strconv.FormatFloat(float64(a.D), 'g', 5, 64) + "ε"
}

type Arith[S any] interface {
	Add(S) S
	Mul(S) S
}

func Poly[S Arith[S]](x S, coeffs []S) S {
	acc := coeffs[len(coeffs)-1]
	for i := len(coeffs) - 2; i >= 0; i-- {
		acc = acc.Mul(x).Add(coeffs[i])
	}
	return acc
}

func Const[T Scalar](v T) Dual[T] { return Dual[T]{V: v} }
func Var[T Scalar](v T) Dual[T]   { return Dual[T]{V: v, D: 1} }

type Num float64

func (a Num) Add(b Num) Num { return a + b }
func (a Num) Mul(b Num) Num { return a * b }

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

type Hyper map[string]float64

func main() {
	cs := []Dual[float64]{Const(1.0), Const(-2.0), Const(0.5)}
	for _, x := range []float64{0, 1, 2, 4} {
		p := Poly(Var(x), cs)
		fmt.Println(x, p)
	}
	c32 := []Dual[float32]{Const[float32](3), Const[float32](1)}
	fmt.Println(Poly(Var[float32](2), c32))
	fmt.Println(Poly(Num(3), []Num{1, 1, 1}))
	fmt.Println(Keys(Hyper{"a": 1, "b": 2}))
	var s fmt.Stringer = Var(1.5)
	fmt.Printf("%v %T\n", s, Num(1))
}
