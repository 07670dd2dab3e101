package main

import (
	"fmt"
	"strings"
)

type Node interface {
	Accept(v Visitor) Node
}

type Visitor interface {
	VisitNum(n *Num) Node
	VisitVar(n *Var) Node
	VisitBin(n *Bin) Node
	VisitLet(n *Let) Node
}

type Num struct{ V int }
type Var struct{ Name string }
type Bin struct {
	Op   byte
	L, R Node
}
type Let struct {
	Name        string
	Value, Body Node
}

func (n *Num) Accept(v Visitor) Node { return v.VisitNum(n) }
func (n *Var) Accept(v Visitor) Node { return v.VisitVar(n) }
func (n *Bin) Accept(v Visitor) Node { return v.VisitBin(n) }
func (n *Let) Accept(v Visitor) Node { return v.VisitLet(n) }

// BaseVisitor rebuilds the tree unchanged; embed it and override what you need.
type BaseVisitor struct{ self Visitor }

func (b BaseVisitor) VisitNum(n *Num) Node { return n }
func (b BaseVisitor) VisitVar(n *Var) Node { return n }
func (b BaseVisitor) VisitBin(n *Bin) Node {
	return &Bin{n.Op, n.L.Accept(b.self), n.R.Accept(b.self)}
}
func (b BaseVisitor) VisitLet(n *Let) Node {
	return &Let{n.Name, n.Value.Accept(b.self), n.Body.Accept(b.self)}
}

// ConstFolder folds arithmetic on literals and simplifies x*1, x+0, x*0.
type ConstFolder struct {
	BaseVisitor
	folds int
}

func NewFolder() *ConstFolder {
	f := &ConstFolder{}
	f.self = f
	return f
}

func (f *ConstFolder) VisitBin(n *Bin) Node {
	b := f.BaseVisitor.VisitBin(n).(*Bin)
	l, lok := b.L.(*Num)
	r, rok := b.R.(*Num)
	switch {
	case lok && rok:
		f.folds++
		switch b.Op {
		case '+':
			return &Num{l.V + r.V}
		case '-':
			return &Num{l.V - r.V}
		case '*':
			return &Num{l.V * r.V}
		}
	case rok && r.V == 1 && b.Op == '*', rok && r.V == 0 && b.Op == '+':
		f.folds++
		return b.L
	case lok && l.V == 0 && b.Op == '*':
		f.folds++
		return &Num{0}
	}
	return b
}

// Printer renders nodes; it only needs to produce strings so it uses a builder.
type Printer struct {
	BaseVisitor
	sb strings.Builder
}

func (p *Printer) VisitNum(n *Num) Node { fmt.Fprint(&p.sb, n.V); return n }
func (p *Printer) VisitVar(n *Var) Node { p.sb.WriteString(n.Name); return n }
func (p *Printer) VisitBin(n *Bin) Node {
	p.sb.WriteByte('(')
	n.L.Accept(p)
	fmt.Fprintf(&p.sb, " %c ", n.Op)
	n.R.Accept(p)
	p.sb.WriteByte(')')
	return n
}
func (p *Printer) VisitLet(n *Let) Node {
	fmt.Fprintf(&p.sb, "let %s = ", n.Name)
	n.Value.Accept(p)
	p.sb.WriteString(" in ")
	n.Body.Accept(p)
	return n
}

func show(n Node) string {
	p := &Printer{}
	p.self = p
	n.Accept(p)
	return p.sb.String()
}

// VarCounter counts variable references using the default traversal.
type VarCounter struct {
	BaseVisitor
	refs map[string]int
}

func (c *VarCounter) VisitVar(n *Var) Node { c.refs[n.Name]++; return n }

func main() {
	trees := []Node{
		&Bin{'+', &Num{2}, &Bin{'*', &Num{3}, &Num{4}}},
		&Bin{'*', &Bin{'+', &Var{"x"}, &Num{0}}, &Bin{'-', &Num{5}, &Num{4}}},
		&Let{"y", &Bin{'*', &Num{6}, &Num{7}}, &Bin{'+', &Var{"y"}, &Bin{'*', &Num{0}, &Var{"z"}}}},
		&Var{"alone"},
	}
	for _, t := range trees {
		f := NewFolder()
		out := t.Accept(f)
		vc := &VarCounter{refs: map[string]int{}}
		vc.self = vc
		t.Accept(vc)
		fmt.Printf("%-40s => %-20s folds=%d refs=%v\n", show(t), show(out), f.folds, vc.refs)
	}
	fmt.Printf("%T %+v\n", NewFolder().BaseVisitor, *trees[0].(*Bin).L.(*Num))
}
