package main

import (
	"fmt"
	"math"
)

type Dual struct{ V, D float64 }

type Op func(...Dual) Dual

func Const(c float64) Dual { return Dual{c, 0} }
func Var(x float64) Dual   { return Dual{x, 1} }

func Add(a, b Dual) Dual { return Dual{a.V + b.V, a.D + b.D} }
func Mul(a, b Dual) Dual { return Dual{a.V * b.V, a.D*b.V + a.V*b.D} }
func Div(a, b Dual) Dual { return Dual{a.V / b.V, (a.D*b.V - a.V*b.D) / (b.V * b.V)} }

func lift(f, df func(float64) float64) func(Dual) Dual {
	return func(a Dual) Dual { return Dual{f(a.V), df(a.V) * a.D} }
}

var (
	Sin = lift(math.Sin, math.Cos)
	Exp = lift(math.Exp, math.Exp)
	Log = lift(math.Log, func(x float64) float64 { return 1 / x })
)

func compose(fs ...func(Dual) Dual) func(Dual) Dual {
	return func(x Dual) Dual {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func newton(f func(Dual) Dual, x float64) (float64, int) {
	for i := 1; i <= 50; i++ {
		r := f(Var(x))
		step := r.V / r.D
		x -= step
		if math.Abs(step) < 1e-13 {
			return x, i
		}
	}
	return x, -1
}

func main() {
	f := func(x Dual) Dual {
		return Add(Mul(x, Sin(x)), Div(Exp(x), Add(x, Const(2))))
	}
	for _, x := range []float64{0, 0.5, 1, 2} {
		r := f(Var(x))
		h := 1e-6
		num := (f(Const(x+h)).V - f(Const(x-h)).V) / (2 * h)
		fmt.Printf("x=%.1f f=%.8f f'=%.8f numeric=%.8f\n", x, r.V, r.D, num)
	}
	g := compose(Sin, Exp, Log)
	fmt.Printf("log(exp(sin(x)))' at 1 = %.10f cos(1)=%.10f\n", g(Var(1)).D, math.Cos(1))
	root, it := newton(func(x Dual) Dual { return Add(Mul(x, x), Const(-5)) }, 2)
	fmt.Printf("sqrt5 = %.12f in %d iterations\n", root, it)
	root, it = newton(func(x Dual) Dual { return Add(Exp(x), Mul(Const(3), x)) }, 0)
	fmt.Printf("e^x+3x=0 at %.12f in %d iterations\n", root, it)
	var ops []func(Dual) Dual
	for _, k := range []float64{1, 2, 3} {
		ops = append(ops, func(d Dual) Dual { return Mul(Const(k), d) })
	}
	fmt.Printf("%+v\n", compose(ops...)(Var(1)))
}
