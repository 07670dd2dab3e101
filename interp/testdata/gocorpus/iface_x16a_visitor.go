package main

import (
	"fmt"
	"strings"
)

type Expr interface{ Accept(v Visitor) any }

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
	VisitNum(Num) any
	VisitVar(Var) any
	VisitBin(*BinOp) any
	VisitCall(*Call) any
}

func (n Num) Accept(v Visitor) any    { return v.VisitNum(n) }
func (x Var) Accept(v Visitor) any    { return v.VisitVar(x) }
func (b *BinOp) Accept(v Visitor) any { return v.VisitBin(b) }
func (c *Call) Accept(v Visitor) any  { return v.VisitCall(c) }

type printer struct{}

func (printer) VisitNum(n Num) any { return fmt.Sprint(float64(n)) }
func (printer) VisitVar(x Var) any { return string(x) }
func (p printer) VisitBin(b *BinOp) any {
	return "(" + b.L.Accept(p).(string) + " " + string(b.Op) + " " + b.R.Accept(p).(string) + ")"
}
func (p printer) VisitCall(c *Call) any {
	args := make([]string, len(c.Args))
	for i, a := range c.Args {
		args[i] = a.Accept(p).(string)
	}
	return c.Fn + "(" + strings.Join(args, ", ") + ")"
}

type evaluator struct{ env map[string]float64 }

func (e evaluator) VisitNum(n Num) any { return float64(n) }
func (e evaluator) VisitVar(x Var) any {
	v, ok := e.env[string(x)]
	if !ok {
		panic(fmt.Sprintf("undefined variable %s", x))
	}
	return v
}
func (e evaluator) VisitBin(b *BinOp) any {
	l, r := b.L.Accept(e).(float64), b.R.Accept(e).(float64)
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
func (e evaluator) VisitCall(c *Call) any {
	switch c.Fn {
	case "max":
		m := c.Args[0].Accept(e).(float64)
		for _, a := range c.Args[1:] {
			m = max(m, a.Accept(e).(float64))
		}
		return m
	}
	panic("unknown function " + c.Fn)
}

func safeEval(x Expr, env map[string]float64) (res float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval: %v", r)
		}
	}()
	return x.Accept(evaluator{env}).(float64), nil
}

func main() {
	exprs := []Expr{
		&BinOp{'+', Num(1), &BinOp{'*', Var("x"), Num(3)}},
		&Call{"max", []Expr{Var("x"), Var("y"), Num(2.5)}},
		&BinOp{'/', Var("z"), Num(2)},
		&Call{"min", nil},
		&BinOp{'%', Num(1), Num(2)},
	}
	env := map[string]float64{"x": 4, "y": -1}
	for _, x := range exprs {
		s := x.Accept(printer{}).(string)
		v, err := safeEval(x, env)
		fmt.Printf("%-22s = %v err=%v\n", s, v, err)
	}
}
