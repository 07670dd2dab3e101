package main

import (
	"fmt"
	"math"
	"strings"
)

type Expr interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type (
	Num    float64
	Var    string
	Binary struct {
		Op   byte
		L, R Expr
	}
	Call struct {
		Fn   string
		Args []Expr
	}
)

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                           { return fmt.Sprint(float64(n)) }

func (v Var) Eval(env map[string]float64) (float64, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("undefined variable %s", string(v))
}
func (v Var) String() string { return string(v) }

func (b *Binary) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		return l / r, nil
	}
	return 0, fmt.Errorf("bad op %c", b.Op)
}
func (b *Binary) String() string { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }

var funcs = map[string]func(...float64) float64{
	"sqrt": func(a ...float64) float64 { return math.Sqrt(a[0]) },
	"max": func(a ...float64) float64 {
		m := math.Inf(-1)
		for _, x := range a {
			m = math.Max(m, x)
		}
		return m
	},
}

func (c Call) Eval(env map[string]float64) (float64, error) {
	f, ok := funcs[c.Fn]
	if !ok {
		return 0, fmt.Errorf("unknown func %s", c.Fn)
	}
	vals := make([]float64, len(c.Args))
	for i, a := range c.Args {
		v, err := a.Eval(env)
		if err != nil {
			return 0, fmt.Errorf("%s arg %d: %w", c.Fn, i, err)
		}
		vals[i] = v
	}
	return f(vals...), nil
}
func (c Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}

func countNodes(e Expr) int {
	switch e := e.(type) {
	case *Binary:
		return 1 + countNodes(e.L) + countNodes(e.R)
	case Call:
		n := 1
		for _, a := range e.Args {
			n += countNodes(a)
		}
		return n
	default:
		return 1
	}
}

func vars(e Expr, acc map[string]bool) {
	switch e := e.(type) {
	case Var:
		acc[string(e)] = true
	case *Binary:
		vars(e.L, acc)
		vars(e.R, acc)
	case Call:
		for _, a := range e.Args {
			vars(a, acc)
		}
	}
}

func main() {
	env := map[string]float64{"x": 3, "y": 4}
	exprs := []Expr{
		&Binary{'+', Num(1), &Binary{'*', Var("x"), Num(2)}},
		Call{"sqrt", []Expr{&Binary{'+', &Binary{'*', Var("x"), Var("x")}, &Binary{'*', Var("y"), Var("y")}}}},
		Call{"max", []Expr{Var("x"), Var("y"), Num(-1), &Binary{'/', Num(1), Num(0)}}},
		&Binary{'-', Var("z"), Num(1)},
		Call{"sqrt", []Expr{Var("w")}},
		Call{"log", nil},
		&Binary{'%', Num(1), Num(2)},
	}
	for _, e := range exprs {
		v, err := e.Eval(env)
		used := map[string]bool{}
		vars(e, used)
		fmt.Printf("%-40v nodes=%d vars=%v -> %v %v\n", e, countNodes(e), used, v, err)
	}
}
