package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Visitor interface {
	VisitNumber(n *Number) any
	VisitBinary(b *Binary) any
	VisitUnary(u *Unary) any
	VisitGroup(g *Group) any
}

type Expr interface {
	Accept(v Visitor) any
}

type Number struct{ Value float64 }
type Binary struct {
	Op          byte
	Left, Right Expr
}
type Unary struct {
	Op      byte
	Operand Expr
}
type Group struct{ Inner Expr }

func (n *Number) Accept(v Visitor) any { return v.VisitNumber(n) }
func (b *Binary) Accept(v Visitor) any { return v.VisitBinary(b) }
func (u *Unary) Accept(v Visitor) any  { return v.VisitUnary(u) }
func (g *Group) Accept(v Visitor) any  { return v.VisitGroup(g) }

type Printer struct{}

func (Printer) VisitNumber(n *Number) any { return strconv.FormatFloat(n.Value, 'g', -1, 64) }
func (p Printer) VisitBinary(b *Binary) any {
	return fmt.Sprintf("(%c %v %v)", b.Op, b.Left.Accept(p), b.Right.Accept(p))
}
func (p Printer) VisitUnary(u *Unary) any { return fmt.Sprintf("(%c %v)", u.Op, u.Operand.Accept(p)) }
func (p Printer) VisitGroup(g *Group) any { return fmt.Sprintf("(group %v)", g.Inner.Accept(p)) }

type Evaluator struct{ steps int }

func (e *Evaluator) VisitNumber(n *Number) any { e.steps++; return n.Value }
func (e *Evaluator) VisitBinary(b *Binary) any {
	e.steps++
	l := b.Left.Accept(e).(float64)
	r := b.Right.Accept(e).(float64)
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
	panic("unknown operator " + string(b.Op))
}
func (e *Evaluator) VisitUnary(u *Unary) any { e.steps++; return -u.Operand.Accept(e).(float64) }
func (e *Evaluator) VisitGroup(g *Group) any { return g.Inner.Accept(e) }

type parser struct {
	toks []string
	pos  int
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}
func (p *parser) next() string { t := p.peek(); p.pos++; return t }

func (p *parser) expr() Expr {
	left := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		op := p.next()[0]
		left = &Binary{op, left, p.term()}
	}
	return left
}

func (p *parser) term() Expr {
	left := p.factor()
	for p.peek() == "*" || p.peek() == "/" || p.peek() == "%" {
		op := p.next()[0]
		left = &Binary{op, left, p.factor()}
	}
	return left
}

func (p *parser) factor() Expr {
	switch t := p.next(); t {
	case "-":
		return &Unary{'-', p.factor()}
	case "(":
		e := p.expr()
		if p.next() != ")" {
			panic(fmt.Errorf("expected ) at token %d", p.pos))
		}
		return &Group{e}
	default:
		v, err := strconv.ParseFloat(t, 64)
		if err != nil {
			panic(fmt.Errorf("bad number %q", t))
		}
		return &Number{v}
	}
}

func run(src string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%-22s error: %v\n", src, r)
		}
	}()
	p := &parser{toks: strings.Fields(src)}
	e := p.expr()
	ev := &Evaluator{}
	val := e.Accept(ev)
	fmt.Printf("%-22s %-34v = %v (%d steps)\n", src, e.Accept(Printer{}), val, ev.steps)
}

func main() {
	run("1 + 2 * 3")
	run("( 1 + 2 ) * 3")
	run("- 4 / ( 2 - 10 ) + 0.5")
	run("2 * ( 3 + x )")
	run("( 1 + 2")
	run("7 % 2")
	run("1 / 0")
}
