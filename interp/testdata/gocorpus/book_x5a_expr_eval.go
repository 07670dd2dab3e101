// Exercises: Expr interface with Var (string), literal (float64), unary, binary and call structs, Eval over an Env map, String methods.
package main

import (
	"fmt"
	"math"
)

type Env map[Var]float64

type Expr interface {
	Eval(env Env) float64
	String() string
}

type Var string
type literal float64
type unary struct {
	op rune
	x  Expr
}
type binary struct {
	op   rune
	x, y Expr
}
type call struct {
	fn   string
	args []Expr
}

func (v Var) Eval(env Env) float64   { return env[v] }
func (l literal) Eval(_ Env) float64 { return float64(l) }
func (v Var) String() string         { return string(v) }
func (l literal) String() string     { return fmt.Sprintf("%g", float64(l)) }
func (u unary) String() string       { return fmt.Sprintf("(%c%v)", u.op, u.x) }
func (b binary) String() string      { return fmt.Sprintf("(%v %c %v)", b.x, b.op, b.y) }
func (c call) String() string        { return fmt.Sprintf("%s%v", c.fn, c.args) }
func (u unary) Eval(env Env) float64 { return float64(','-u.op) * u.x.Eval(env) } // '+' or '-'
func (b binary) Eval(env Env) float64 {
	switch b.op {
	case '+':
		return b.x.Eval(env) + b.y.Eval(env)
	case '-':
		return b.x.Eval(env) - b.y.Eval(env)
	case '*':
		return b.x.Eval(env) * b.y.Eval(env)
	case '/':
		return b.x.Eval(env) / b.y.Eval(env)
	}
	panic(fmt.Sprintf("unsupported binary operator: %q", b.op))
}
func (c call) Eval(env Env) float64 {
	if c.fn == "sqrt" {
		return math.Sqrt(c.args[0].Eval(env))
	}
	return math.Pow(c.args[0].Eval(env), c.args[1].Eval(env))
}

func main() {
	e := call{"sqrt", []Expr{binary{'/', Var("A"), Var("pi")}}}
	fmt.Printf("%v = %.6g\n", e, e.Eval(Env{"A": 87616, "pi": math.Pi}))
	f := binary{'-', unary{'-', literal(5)}, call{"pow", []Expr{Var("x"), literal(3)}}}
	env := Env{"x": 2}
	fmt.Println(f, "=", f.Eval(env), env)
	for _, x := range []Expr{Var("y"), literal(1.5), f} {
		fmt.Printf("%T %s %g\n", x, x, x.Eval(Env{"y": -1, "x": 1}))
	}
}
