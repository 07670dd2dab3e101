// Exercises: an expression tree of interface nodes with Eval and String methods.
package main

import "fmt"

type Expr interface {
	Eval(env map[string]float64) float64
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}

func (n Num) Eval(map[string]float64) float64     { return float64(n) }
func (n Num) String() string                      { return fmt.Sprint(float64(n)) }
func (v Var) Eval(env map[string]float64) float64 { return env[string(v)] }
func (v Var) String() string                      { return string(v) }

func (b Bin) Eval(env map[string]float64) float64 {
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

func (b Bin) String() string { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }

func main() {
	// (x + 2) * (y - 0.5)
	e := Bin{'*', Bin{'+', Var("x"), Num(2)}, Bin{'-', Var("y"), Num(0.5)}}
	fmt.Println(e)
	for _, env := range []map[string]float64{{"x": 1, "y": 1}, {"x": 3, "y": 2.5}, {}} {
		fmt.Println(e.Eval(env))
	}
	var exprs []Expr = []Expr{Num(4), Var("z"), Bin{'/', Num(1), Num(8)}}
	for _, x := range exprs {
		fmt.Printf("%v = %v\n", x, x.Eval(map[string]float64{"z": -1}))
	}
}
