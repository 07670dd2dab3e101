// Exercises: a tiny expression evaluator with an Expr interface, Var/literal/unary/binary/call types, an Env map, operator and function tables of funcs, String methods that print expressions, a type assertion to a concrete Expr
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

var binOps = map[rune]func(a, b float64) float64{
	'+': func(a, b float64) float64 { return a + b },
	'*': func(a, b float64) float64 { return a * b },
	'/': func(a, b float64) float64 { return a / b },
}

var funcs = map[string]func(...float64) float64{
	"pow":  func(a ...float64) float64 { return math.Pow(a[0], a[1]) },
	"sqrt": func(a ...float64) float64 { return math.Sqrt(a[0]) },
}

func (v Var) Eval(env Env) float64    { return env[v] }
func (l literal) Eval(Env) float64    { return float64(l) }
func (u unary) Eval(env Env) float64  { return map[rune]float64{'+': 1, '-': -1}[u.op] * u.x.Eval(env) }
func (b binary) Eval(env Env) float64 { return binOps[b.op](b.x.Eval(env), b.y.Eval(env)) }
func (c call) Eval(env Env) float64 {
	vals := make([]float64, len(c.args))
	for i, a := range c.args {
		vals[i] = a.Eval(env)
	}
	return funcs[c.fn](vals...)
}
func (v Var) String() string     { return string(v) }
func (l literal) String() string { return fmt.Sprint(float64(l)) }
func (u unary) String() string   { return fmt.Sprintf("(%c%v)", u.op, u.x) }
func (b binary) String() string  { return fmt.Sprintf("(%v %c %v)", b.x, b.op, b.y) }
func (c call) String() string    { return c.fn + fmt.Sprint(c.args) }
func main() {
	env := Env{"A": 87616, "pi": math.Pi, "x": 12, "F": -40}
	for _, e := range []Expr{
		call{"sqrt", []Expr{binary{'/', Var("A"), Var("pi")}}},
		binary{'+', binary{'*', literal(5), unary{'-', Var("F")}}, literal(32)},
		call{"pow", []Expr{Var("x"), call{"sqrt", []Expr{literal(4)}}}},
	} {
		if c, ok := e.(call); ok {
			fmt.Printf("call %s/%d: ", c.fn, len(c.args))
		}
		fmt.Printf("%v = %.6g\n", e, e.Eval(env))
	}
}
