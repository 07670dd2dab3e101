package main

import (
	"fmt"
	"strings"
)

type Expr interface {
	Accept(v Visitor) any
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

type Visitor interface {
	VisitNum(n Num) any
	VisitVar(v Var) any
	VisitBinOp(b *BinOp) any
	VisitCall(c *Call) any
}

func (n Num) Accept(v Visitor) any    { return v.VisitNum(n) }
func (x Var) Accept(v Visitor) any    { return v.VisitVar(x) }
func (b *BinOp) Accept(v Visitor) any { return v.VisitBinOp(b) }
func (c *Call) Accept(v Visitor) any  { return v.VisitCall(c) }

type Printer struct{}

func (Printer) VisitNum(n Num) any { return fmt.Sprint(float64(n)) }
func (Printer) VisitVar(v Var) any { return string(v) }
func (p Printer) VisitBinOp(b *BinOp) any {
	return fmt.Sprintf("(%s %c %s)", b.L.Accept(p), b.Op, b.R.Accept(p))
}
func (p Printer) VisitCall(c *Call) any {
	args := make([]string, len(c.Args))
	for i, a := range c.Args {
		args[i] = a.Accept(p).(string)
	}
	return c.Fn + "(" + strings.Join(args, ", ") + ")"
}

type Evaluator struct {
	Env   map[string]float64
	Funcs map[string]func(...float64) float64
}

func (e *Evaluator) VisitNum(n Num) any { return float64(n) }
func (e *Evaluator) VisitVar(v Var) any {
	val, ok := e.Env[string(v)]
	if !ok {
		panic(fmt.Sprintf("undefined variable %q", string(v)))
	}
	return val
}
func (e *Evaluator) VisitBinOp(b *BinOp) any {
	l := b.L.Accept(e).(float64)
	r := b.R.Accept(e).(float64)
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
func (e *Evaluator) VisitCall(c *Call) any {
	f := e.Funcs[c.Fn]
	vals := make([]float64, len(c.Args))
	for i, a := range c.Args {
		vals[i] = a.Accept(e).(float64)
	}
	return f(vals...)
}

type VarCollector struct{ seen map[string]int }

func (vc *VarCollector) VisitNum(Num) any   { return nil }
func (vc *VarCollector) VisitVar(v Var) any { vc.seen[string(v)]++; return nil }
func (vc *VarCollector) VisitBinOp(b *BinOp) any {
	b.L.Accept(vc)
	b.R.Accept(vc)
	return nil
}
func (vc *VarCollector) VisitCall(c *Call) any {
	for _, a := range c.Args {
		a.Accept(vc)
	}
	return nil
}

func safeEval(e Expr, ev *Evaluator) (result float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval: %v", r)
		}
	}()
	return e.Accept(ev).(float64), nil
}

func main() {
	expr := &BinOp{'+',
		&BinOp{'*', Num(2), Var("x")},
		&Call{"max", []Expr{Var("y"), Num(3), &BinOp{'-', Var("x"), Num(1)}}},
	}
	fmt.Println(expr.Accept(Printer{}))
	ev := &Evaluator{
		Env: map[string]float64{"x": 5, "y": 2.5},
		Funcs: map[string]func(...float64) float64{
			"max": func(xs ...float64) float64 {
				m := xs[0]
				for _, x := range xs[1:] {
					m = max(m, x)
				}
				return m
			},
		},
	}
	fmt.Println(safeEval(expr, ev))
	vc := &VarCollector{seen: map[string]int{}}
	expr.Accept(vc)
	fmt.Println(vc.seen)
	bad := &BinOp{'/', Var("z"), Num(0)}
	fmt.Println(safeEval(bad, ev))
	fmt.Println(safeEval(&BinOp{'/', Num(1), Num(0)}, ev))
	fmt.Printf("%T %v\n", expr.L, expr.R.(*Call).Args[1])
}
