// Exercises: visitor over an AST of several node types, double dispatch via Accept, recursive evaluation and printing
package main

import (
	"fmt"
	"strings"
)

type Visitor interface {
	VisitNum(n *Num)
	VisitBin(b *Bin)
	VisitNeg(n *Neg)
}

type Node interface{ Accept(v Visitor) }

type Num struct{ V float64 }
type Bin struct {
	Op   byte
	L, R Node
}
type Neg struct{ X Node }

func (n *Num) Accept(v Visitor) { v.VisitNum(n) }
func (b *Bin) Accept(v Visitor) { v.VisitBin(b) }
func (n *Neg) Accept(v Visitor) { v.VisitNeg(n) }

type printer struct{ sb strings.Builder }

func (p *printer) VisitNum(n *Num) { fmt.Fprintf(&p.sb, "%g", n.V) }
func (p *printer) VisitBin(b *Bin) {
	p.sb.WriteByte('(')
	b.L.Accept(p)
	fmt.Fprintf(&p.sb, " %c ", b.Op)
	b.R.Accept(p)
	p.sb.WriteByte(')')
}
func (p *printer) VisitNeg(n *Neg) { p.sb.WriteString("-"); n.X.Accept(p) }

type evaluator struct{ stack []float64 }

func (e *evaluator) push(v float64) { e.stack = append(e.stack, v) }
func (e *evaluator) pop() (v float64) {
	v, e.stack = e.stack[len(e.stack)-1], e.stack[:len(e.stack)-1]
	return v
}
func (e *evaluator) VisitNum(n *Num) { e.push(n.V) }
func (e *evaluator) VisitNeg(n *Neg) { n.X.Accept(e); e.push(-e.pop()) }
func (e *evaluator) VisitBin(b *Bin) {
	b.L.Accept(e)
	b.R.Accept(e)
	r, l := e.pop(), e.pop()
	switch b.Op {
	case '+':
		e.push(l + r)
	case '*':
		e.push(l * r)
	default:
		e.push(l / r)
	}
}

func main() {
	tree := &Bin{'+', &Num{1.5}, &Bin{'*', &Neg{&Num{2}}, &Bin{'/', &Num{9}, &Num{4}}}}
	p := &printer{}
	tree.Accept(p)
	e := &evaluator{}
	tree.Accept(e)
	fmt.Println(p.sb.String(), "=", e.pop(), len(e.stack))
}
