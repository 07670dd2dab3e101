package main

import (
	"fmt"
	"strings"
)

type Expr interface {
	Accept(v Visitor) any
}

type Num struct{ Val float64 }
type Var struct{ Name string }
type Bin struct {
	Op   byte
	L, R Expr
}
type Neg struct{ X Expr }

type Visitor interface {
	VisitNum(n *Num) any
	VisitVar(v *Var) any
	VisitBin(b *Bin) any
	VisitNeg(n *Neg) any
}

func (n *Num) Accept(v Visitor) any { return v.VisitNum(n) }
func (x *Var) Accept(v Visitor) any { return v.VisitVar(x) }
func (b *Bin) Accept(v Visitor) any { return v.VisitBin(b) }
func (n *Neg) Accept(v Visitor) any { return v.VisitNeg(n) }

type Printer struct{ depth int }

func (p *Printer) VisitNum(n *Num) any { return fmt.Sprintf("%g", n.Val) }
func (p *Printer) VisitVar(v *Var) any { return v.Name }
func (p *Printer) VisitBin(b *Bin) any {
	p.depth++
	defer func() { p.depth-- }()
	return "(" + b.L.Accept(p).(string) + " " + string(b.Op) + " " + b.R.Accept(p).(string) + ")"
}
func (p *Printer) VisitNeg(n *Neg) any { return "-" + n.X.Accept(p).(string) }

type Evaluator struct {
	env map[string]float64
}

func (e Evaluator) VisitNum(n *Num) any { return n.Val }
func (e Evaluator) VisitVar(v *Var) any {
	x, ok := e.env[v.Name]
	if !ok {
		panic("unbound " + v.Name)
	}
	return x
}
func (e Evaluator) VisitBin(b *Bin) any {
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
	panic("bad op")
}
func (e Evaluator) VisitNeg(n *Neg) any { return -n.X.Accept(e).(float64) }

type VarCounter struct{ seen map[string]int }

func (c *VarCounter) VisitNum(*Num) any   { return nil }
func (c *VarCounter) VisitVar(v *Var) any { c.seen[v.Name]++; return nil }
func (c *VarCounter) VisitBin(b *Bin) any { b.L.Accept(c); b.R.Accept(c); return nil }
func (c *VarCounter) VisitNeg(n *Neg) any { return n.X.Accept(c) }

func main() {
	e := &Bin{'+', &Bin{'*', &Num{2}, &Var{"x"}}, &Neg{&Bin{'/', &Var{"y"}, &Var{"x"}}}}
	fmt.Println(e.Accept(&Printer{}))
	ev := Evaluator{env: map[string]float64{"x": 4, "y": 10}}
	fmt.Println(e.Accept(ev))
	vc := &VarCounter{seen: map[string]int{}}
	e.Accept(vc)
	fmt.Println(vc.seen)
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		(&Var{"z"}).Accept(ev)
	}()
	var parts []string
	for _, x := range []Expr{&Num{1.5}, &Var{"q"}, &Neg{&Num{3}}} {
		parts = append(parts, x.Accept(&Printer{}).(string))
	}
	fmt.Println(strings.Join(parts, ", "))
}
