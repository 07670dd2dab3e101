package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Expr interface {
	Eval(env map[string]float64) float64
}

type Num float64
type Var string
type BinOp struct {
	Op   byte
	L, R Expr
}
type Call struct {
	Fn   string
	Args []Expr
}

func (n Num) Eval(map[string]float64) float64     { return float64(n) }
func (v Var) Eval(env map[string]float64) float64 { return env[string(v)] }
func (b BinOp) Eval(env map[string]float64) float64 {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	}
	panic("bad op " + string(b.Op))
}
func (c *Call) Eval(env map[string]float64) float64 {
	switch c.Fn {
	case "max":
		m := c.Args[0].Eval(env)
		for _, a := range c.Args[1:] {
			m = max(m, a.Eval(env))
		}
		return m
	}
	return 0
}

func format(e Expr) string {
	switch e := e.(type) {
	case Num:
		return strconv.FormatFloat(float64(e), 'g', -1, 64)
	case Var:
		return string(e)
	case BinOp:
		return "(" + format(e.L) + " " + string(e.Op) + " " + format(e.R) + ")"
	case *Call:
		var parts []string
		for _, a := range e.Args {
			parts = append(parts, format(a))
		}
		return e.Fn + "(" + strings.Join(parts, ", ") + ")"
	case nil:
		return "<nil>"
	default:
		return fmt.Sprintf("?%T", e)
	}
}

func classify(vals ...any) {
	for _, v := range vals {
		switch x := v.(type) {
		case int, int64:
			fmt.Printf("integer %v (%T)\n", x, x)
		case float64:
			fmt.Printf("float %.2f\n", x)
		case string:
			fmt.Printf("string len %d\n", len(x))
		case []any:
			fmt.Printf("list of %d\n", len(x))
		case error:
			fmt.Println("error:", x)
		case fmt.Stringer:
			fmt.Println("stringer:", x.String())
		case nil:
			fmt.Println("nil!")
		case func() int:
			fmt.Println("func returns", x())
		default:
			fmt.Printf("other %T\n", x)
		}
	}
}

type ID int

func (i ID) String() string { return fmt.Sprintf("ID-%03d", int(i)) }

func main() {
	e := BinOp{'+', Num(2), BinOp{'*', Var("x"), &Call{"max", []Expr{Num(1), Var("y"), Num(3)}}}}
	env := map[string]float64{"x": 4, "y": 7}
	fmt.Println(format(e), "=", e.Eval(env))
	fmt.Println(format(nil), format(BinOp{'/', Num(1), Num(0)}), BinOp{'/', Num(1), Num(0)}.Eval(nil))
	classify(1, int64(2), 2.5, "héllo", []any{1, 2}, fmt.Errorf("oops"), ID(7), nil, func() int { return 9 }, uint8(3), struct{}{})
	var x any = ID(3)
	if s, ok := x.(fmt.Stringer); ok {
		fmt.Println(s)
	}
	n, ok := x.(int)
	fmt.Println(n, ok)
	fmt.Printf("%v %+v\n", e.L, e.R.(BinOp).L)
}
