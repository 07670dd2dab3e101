package main

import (
	"fmt"
	"strings"
	"text/scanner"
)

type Expr interface{ fmt.Stringer }

type (
	Lit    struct{ Text string }
	Prefix struct {
		Op string
		X  Expr
	}
	Infix struct {
		Op   string
		L, R Expr
	}
	Call struct {
		Fn   Expr
		Args []Expr
	}
	Cond struct{ C, T, F Expr }
)

func (l Lit) String() string    { return l.Text }
func (p Prefix) String() string { return "(" + p.Op + p.X.String() + ")" }
func (i Infix) String() string  { return fmt.Sprintf("(%v %s %v)", i.L, i.Op, i.R) }
func (c Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return fmt.Sprintf("%v(%s)", c.Fn, strings.Join(parts, ", "))
}
func (c Cond) String() string { return fmt.Sprintf("(%v ? %v : %v)", c.C, c.T, c.F) }

var infixBP = map[string][2]int{
	"?": {4, 3}, "||": {5, 6}, "&&": {7, 8}, "==": {9, 10}, "<": {11, 12},
	"+": {13, 14}, "-": {13, 14}, "*": {15, 16}, "/": {15, 16}, "^": {20, 19},
	"(": {30, 0}, "!": {25, 0},
}

type Parser struct {
	toks []string
	i    int
}

func NewParser(src string) *Parser {
	var s scanner.Scanner
	s.Init(strings.NewReader(src))
	s.Mode = scanner.ScanIdents | scanner.ScanInts | scanner.ScanFloats
	p := &Parser{}
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		t := s.TokenText()
		if n := len(p.toks); n > 0 && (t == "&" || t == "|" || t == "=") && p.toks[n-1] == t {
			p.toks[n-1] += t
			continue
		}
		p.toks = append(p.toks, t)
	}
	return p
}

func (p *Parser) peek() string {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	return ""
}

func (p *Parser) next() string { t := p.peek(); p.i++; return t }

func (p *Parser) expect(t string) {
	if got := p.next(); got != t {
		panic(fmt.Errorf("expected %q, got %q", t, got))
	}
}

func (p *Parser) parse(minBP int) Expr {
	var lhs Expr
	switch t := p.next(); t {
	case "(":
		lhs = p.parse(0)
		p.expect(")")
	case "-", "!":
		lhs = Prefix{t, p.parse(17)}
	case "":
		panic(fmt.Errorf("unexpected end"))
	default:
		lhs = Lit{t}
	}
	for {
		op := p.peek()
		bp, ok := infixBP[op]
		if !ok || bp[0] < minBP {
			return lhs
		}
		p.next()
		switch op {
		case "(":
			c := Call{Fn: lhs}
			for p.peek() != ")" {
				c.Args = append(c.Args, p.parse(0))
				if p.peek() == "," {
					p.next()
				}
			}
			p.next()
			lhs = c
		case "!":
			lhs = Prefix{"fact", lhs}
		case "?":
			t := p.parse(0)
			p.expect(":")
			lhs = Cond{lhs, t, p.parse(bp[1])}
		default:
			lhs = Infix{op, lhs, p.parse(bp[1])}
		}
	}
}

func Parse(src string) (e Expr, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	return NewParser(src).parse(0), nil
}

func main() {
	for _, src := range []string{
		"1 + 2 * 3", "a ^ b ^ c", "-a * b", "f(x, y + 1, g())", "a < b && b < c || d == e",
		"n! + 1", "c ? x : y ? 1 : 2", "(1 + 2", "2 * (3 + 4) / 5", "",
	} {
		e, err := Parse(src)
		if err != nil {
			fmt.Printf("%-26q error: %v\n", src, err)
			continue
		}
		fmt.Printf("%-26q %v   %T\n", src, e, e)
	}
}
