// Exercises: a recursive-descent calculator (expr/term/factor with parentheses, a map of operator funcs) over text/scanner, panic/recover turning syntax errors into errors.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"text/scanner"
)

type parser struct {
	s   scanner.Scanner
	tok rune
}

var binops = map[rune]func(a, b float64) float64{
	'+': func(a, b float64) float64 { return a + b }, '-': func(a, b float64) float64 { return a - b },
	'*': func(a, b float64) float64 { return a * b }, '/': func(a, b float64) float64 { return a / b },
}

func (p *parser) next() { p.tok = p.s.Scan() }

// level parses operands joined by the operators in ops, left to right.
func (p *parser) level(operand func() float64, ops string) float64 {
	v := operand()
	for strings.ContainsRune(ops, p.tok) {
		op := binops[p.tok]
		p.next()
		v = op(v, operand())
	}
	return v
}

func (p *parser) expr() float64 { return p.level(p.term, "+-") }
func (p *parser) term() float64 { return p.level(p.factor, "*/") }

func (p *parser) factor() float64 {
	tok, text := p.tok, p.s.TokenText()
	p.next()
	switch tok {
	case '(':
		v := p.expr()
		if p.tok != ')' {
			panic(fmt.Errorf("expected ) at %s, got %q", p.s.Position, p.s.TokenText()))
		}
		p.next()
		return v // the value inside the parentheses
	case scanner.Int, scanner.Float:
		v, _ := strconv.ParseFloat(text, 64)
		return v
	}
	panic(fmt.Errorf("unexpected %q", text))
}

func eval(src string) (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	p := &parser{}
	p.s.Init(strings.NewReader(src)).Filename = "expr"
	p.next()
	if v = p.expr(); p.tok != scanner.EOF {
		return 0, fmt.Errorf("trailing %q", p.s.TokenText())
	}
	return v, nil
}

func main() {
	for _, e := range []string{"1 + 2 * 3", "(1 + 2) * 3", "8 / 2 / 2", "4 - 10 / 4", "2 * (3 + ", "7 7", "1.5e1 - 2", "(1"} {
		v, err := eval(e)
		fmt.Printf("%-12s => %v %v\n", e, v, err)
	}
}
