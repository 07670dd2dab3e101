package main

import (
	"fmt"
	"math"
)

type Expr interface {
	Eval(env map[string]float64) float64
}

type Var string
type Const float64
type Add struct{ L, R Expr }
type Mul struct{ L, R Expr }
type Exp struct{ X Expr }

func (v Var) Eval(e map[string]float64) float64 { return e[string(v)] }
func (c Const) Eval(map[string]float64) float64 { return float64(c) }
func (a Add) Eval(e map[string]float64) float64 { return a.L.Eval(e) + a.R.Eval(e) }
func (m Mul) Eval(e map[string]float64) float64 { return m.L.Eval(e) * m.R.Eval(e) }
func (x Exp) Eval(e map[string]float64) float64 { return math.Exp(x.X.Eval(e)) }

func Diff(e Expr, wrt string) Expr {
	switch n := e.(type) {
	case Var:
		if string(n) == wrt {
			return Const(1)
		}
		return Const(0)
	case Const:
		return Const(0)
	case Add:
		return Add{Diff(n.L, wrt), Diff(n.R, wrt)}
	case Mul:
		return Add{Mul{Diff(n.L, wrt), n.R}, Mul{n.L, Diff(n.R, wrt)}}
	case Exp:
		return Mul{n, Diff(n.X, wrt)}
	default:
		panic(fmt.Sprintf("unknown node %T", e))
	}
}

func String(e Expr) string {
	switch n := e.(type) {
	case Var:
		return string(n)
	case Const:
		return fmt.Sprint(float64(n))
	case Add:
		return "(" + String(n.L) + " + " + String(n.R) + ")"
	case Mul:
		return String(n.L) + "*" + String(n.R)
	case Exp:
		return "exp(" + String(n.X) + ")"
	}
	return "?"
}

func main() {
	// f = x*w + exp(b*x)
	f := Add{Mul{Var("x"), Var("w")}, Exp{Mul{Var("b"), Var("x")}}}
	env := map[string]float64{"x": 1.5, "w": -0.5, "b": 0.2}
	fmt.Println("f =", String(f), "=", f.Eval(env))
	for _, v := range []string{"b", "w", "x"} {
		d := Diff(f, v)
		old := env[v]
		env[v] = old + 1e-6
		p := f.Eval(env)
		env[v] = old - 1e-6
		m := f.Eval(env)
		env[v] = old
		fmt.Printf("df/d%s = %.6f numeric %.6f\n", v, d.Eval(env), (p-m)/2e-6)
	}
	fmt.Printf("%v %+v %T\n", f.L, f.R, f.R)
	fmt.Println(env)
}
