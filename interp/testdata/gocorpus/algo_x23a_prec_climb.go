package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type Parser struct {
	toks []string
	pos  int
}

type opInfo struct {
	prec  int
	right bool
	fn    func(a, b float64) float64
}

var ops = map[string]opInfo{
	"+": {1, false, func(a, b float64) float64 { return a + b }},
	"-": {1, false, func(a, b float64) float64 { return a - b }},
	"*": {2, false, func(a, b float64) float64 { return a * b }},
	"/": {2, false, func(a, b float64) float64 { return a / b }},
	"%": {2, false, math.Mod},
	"^": {3, true, math.Pow},
}

func lex(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			out = append(out, s[i:j])
			i = j
		default:
			out = append(out, string(c))
			i++
		}
	}
	return out
}

func (p *Parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *Parser) atom() float64 {
	t := p.peek()
	p.pos++
	switch t {
	case "(":
		v := p.expr(1)
		if p.peek() != ")" {
			panic(fmt.Errorf("expected ) at %d", p.pos))
		}
		p.pos++
		return v
	case "-":
		return -p.atom()
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil {
		panic(fmt.Errorf("bad token %q at %d", t, p.pos-1))
	}
	return v
}

func (p *Parser) expr(minPrec int) float64 {
	lhs := p.atom()
	for {
		op, ok := ops[p.peek()]
		if !ok || op.prec < minPrec {
			return lhs
		}
		p.pos++
		next := op.prec + 1
		if op.right {
			next = op.prec
		}
		rhs := p.expr(next)
		lhs = op.fn(lhs, rhs)
	}
}

func Eval(s string) (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	p := &Parser{toks: lex(s)}
	v = p.expr(1)
	if p.pos != len(p.toks) {
		return 0, fmt.Errorf("trailing %v", p.toks[p.pos:])
	}
	return v, nil
}

func main() {
	for _, s := range []string{
		"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 - 4 - 3", "7 % 4 + 0.5",
		"-(2 + 3) * 4", "2 * (3 + ", "1 + x", "8 / 0", "1 2",
	} {
		v, err := Eval(s)
		fmt.Printf("%-14s = %-8v err=%v\n", s, v, err)
	}
	fmt.Println(strings.Join(lex("3.5*(2-1)"), "|"))
}
