package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Node interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Num float64
type Var string
type BinOp struct {
	Op          byte
	Left, Right Node
}

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                           { return strconv.FormatFloat(float64(n), 'g', -1, 64) }

func (v Var) Eval(env map[string]float64) (float64, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("undefined variable %s", string(v))
}
func (v Var) String() string { return string(v) }

func (b *BinOp) Eval(env map[string]float64) (float64, error) {
	l, err := b.Left.Eval(env)
	r, err2 := b.Right.Eval(env)
	if err != nil || err2 != nil {
		return 0, errors.Join(err, err2)
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, fmt.Errorf("division by zero in %v", b)
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad op %c", b.Op)
}
func (b *BinOp) String() string { return fmt.Sprintf("(%v %c %v)", b.Left, b.Op, b.Right) }

type parser struct {
	s   string
	pos int
}

func (p *parser) skip() {
	for p.pos < len(p.s) && p.s[p.pos] == ' ' {
		p.pos++
	}
}

func (p *parser) expr() Node {
	n := p.term()
	for p.skip(); p.pos < len(p.s) && strings.IndexByte("+-", p.s[p.pos]) >= 0; p.skip() {
		op := p.s[p.pos]
		p.pos++
		n = &BinOp{op, n, p.term()}
	}
	return n
}

func (p *parser) term() Node {
	n := p.factor()
	for p.skip(); p.pos < len(p.s) && strings.IndexByte("*/", p.s[p.pos]) >= 0; p.skip() {
		op := p.s[p.pos]
		p.pos++
		n = &BinOp{op, n, p.factor()}
	}
	return n
}

func (p *parser) factor() Node {
	p.skip()
	if p.pos >= len(p.s) {
		panic("unexpected end of input")
	}
	c := p.s[p.pos]
	switch {
	case c == '(':
		p.pos++
		n := p.expr()
		p.skip()
		if p.pos >= len(p.s) || p.s[p.pos] != ')' {
			panic(fmt.Sprintf("expected ) at %d", p.pos))
		}
		p.pos++
		return n
	case c == '-':
		p.pos++
		return &BinOp{'*', Num(-1), p.factor()}
	case c >= 'a' && c <= 'z':
		start := p.pos
		for p.pos < len(p.s) && p.s[p.pos] >= 'a' && p.s[p.pos] <= 'z' {
			p.pos++
		}
		return Var(p.s[start:p.pos])
	case c >= '0' && c <= '9':
		start := p.pos
		for p.pos < len(p.s) && (p.s[p.pos] >= '0' && p.s[p.pos] <= '9' || p.s[p.pos] == '.') {
			p.pos++
		}
		f, _ := strconv.ParseFloat(p.s[start:p.pos], 64)
		return Num(f)
	}
	panic(fmt.Sprintf("unexpected %q at %d", c, p.pos))
}

func Parse(s string) (n Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse error: %v", r)
		}
	}()
	p := &parser{s: s}
	n = p.expr()
	if p.pos != len(p.s) {
		return nil, fmt.Errorf("trailing input at %d", p.pos)
	}
	return n, nil
}

func main() {
	env := map[string]float64{"x": 3, "y": 4, "pi": 3.14159}
	for _, src := range []string{"1 + 2 * 3", "(x + y) * -2", "x*x + y*y", "pi * 2 / 0", "z + 1", "(1 + 2", "3 $ 4", "10 / 4 - 0.5", "q * w"} {
		n, err := Parse(src)
		if err != nil {
			fmt.Printf("%-14s => %v\n", src, err)
			continue
		}
		v, err := n.Eval(env)
		if err != nil {
			fmt.Printf("%-14s => %v  [%T] eval error: %v\n", src, n, n, err)
			continue
		}
		fmt.Printf("%-14s => %v = %g\n", src, n, v)
	}
}
