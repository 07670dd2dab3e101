package main

import (
	"fmt"
	"strings"
)

type Node interface {
	Accept(v Visitor) any
}

type Visitor interface {
	VisitNum(n Num) any
	VisitBin(b Bin) any
	VisitLet(l Let) any
	VisitVar(v Var) any
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Node
}
type Let struct {
	Name  string
	Value Node
	Body  Node
}

func (n Num) Accept(v Visitor) any { return v.VisitNum(n) }
func (b Bin) Accept(v Visitor) any { return v.VisitBin(b) }
func (l Let) Accept(v Visitor) any { return v.VisitLet(l) }
func (x Var) Accept(v Visitor) any { return v.VisitVar(x) }

type Printer struct{}

func (Printer) VisitNum(n Num) any { return fmt.Sprint(float64(n)) }
func (p Printer) VisitBin(b Bin) any {
	return fmt.Sprintf("(%s %c %s)", b.L.Accept(p), b.Op, b.R.Accept(p))
}
func (p Printer) VisitLet(l Let) any {
	return fmt.Sprintf("let %s = %s in %s", l.Name, l.Value.Accept(p), l.Body.Accept(p))
}
func (Printer) VisitVar(v Var) any { return string(v) }

type Evaluator struct {
	env []map[string]float64
}

func (e *Evaluator) VisitNum(n Num) any { return float64(n) }
func (e *Evaluator) VisitVar(v Var) any {
	for i := len(e.env) - 1; i >= 0; i-- {
		if x, ok := e.env[i][string(v)]; ok {
			return x
		}
	}
	panic(fmt.Errorf("unbound variable %s", v))
}
func (e *Evaluator) VisitBin(b Bin) any {
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
func (e *Evaluator) VisitLet(l Let) any {
	val := l.Value.Accept(e).(float64)
	e.env = append(e.env, map[string]float64{l.Name: val})
	defer func() { e.env = e.env[:len(e.env)-1] }()
	return l.Body.Accept(e)
}

type Counter struct{ counts map[string]int }

func (c Counter) VisitNum(Num) any { c.counts["num"]++; return nil }
func (c Counter) VisitVar(Var) any { c.counts["var"]++; return nil }
func (c Counter) VisitBin(b Bin) any {
	c.counts["bin:"+string(b.Op)]++
	b.L.Accept(c)
	b.R.Accept(c)
	return nil
}
func (c Counter) VisitLet(l Let) any {
	c.counts["let"]++
	l.Value.Accept(c)
	return l.Body.Accept(c)
}

func safeEval(n Node) (res any, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	return n.Accept(&Evaluator{}), nil
}

func main() {
	prog := Let{"x", Bin{'+', Num(2), Num(3)}, Let{"y", Bin{'*', Var("x"), Num(4)}, Bin{'-', Var("y"), Bin{'/', Var("x"), Num(2)}}}}
	fmt.Println(prog.Accept(Printer{}))
	fmt.Println(safeEval(prog))
	fmt.Println(safeEval(Bin{'+', Var("z"), Num(1)}))
	c := Counter{map[string]int{}}
	prog.Accept(c)
	fmt.Println(c.counts)
	nodes := []Node{Num(1), Var("q"), prog.Body, Bin{'*', Num(1), Num(2)}}
	var kinds []string
	for _, n := range nodes {
		switch n := n.(type) {
		case Num, Var:
			kinds = append(kinds, fmt.Sprintf("leaf:%v", n))
		case Let:
			kinds = append(kinds, "let:"+n.Name)
		default:
			kinds = append(kinds, fmt.Sprintf("%T", n))
		}
	}
	fmt.Println(strings.Join(kinds, " "))
}
