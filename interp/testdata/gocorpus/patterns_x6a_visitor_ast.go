// Exercises: visitor over an AST of structs, interface with Accept, type switch evaluator, recursion
package main

import (
	"fmt"
	"strings"
)

type Node interface {
	Accept(v Visitor) string
}

type Num struct{ V float64 }
type Bin struct {
	Op   byte
	L, R Node
}
type Neg struct{ X Node }

type Visitor interface {
	VisitNum(n Num) string
	VisitBin(b *Bin) string
	VisitNeg(n Neg) string
}

func (n Num) Accept(v Visitor) string  { return v.VisitNum(n) }
func (b *Bin) Accept(v Visitor) string { return v.VisitBin(b) }
func (n Neg) Accept(v Visitor) string  { return v.VisitNeg(n) }

type Printer struct{ depth int }

func (p *Printer) VisitNum(n Num) string { return fmt.Sprint(n.V) }
func (p *Printer) VisitBin(b *Bin) string {
	p.depth++
	defer func() { p.depth-- }()
	return "(" + b.L.Accept(p) + " " + string(b.Op) + " " + b.R.Accept(p) + ")"
}
func (p *Printer) VisitNeg(n Neg) string { return "-" + n.X.Accept(p) }

func eval(n Node) float64 {
	switch n := n.(type) {
	case Num:
		return n.V
	case Neg:
		return -eval(n.X)
	case *Bin:
		l, r := eval(n.L), eval(n.R)
		switch n.Op {
		case '+':
			return l + r
		case '*':
			return l * r
		case '-':
			return l - r
		}
	}
	panic("unknown node " + strings.TrimSpace(fmt.Sprintf("%T", n)))
}

func main() {
	tree := &Bin{'+', Num{2}, &Bin{'*', Neg{Num{3}}, &Bin{'-', Num{10}, Num{4.5}}}}
	p := &Printer{}
	fmt.Println(tree.Accept(p), "=", eval(tree))
	fmt.Println(p.depth)
	var v Visitor = p
	fmt.Println(v.VisitNeg(Neg{Num{1}}))
}
