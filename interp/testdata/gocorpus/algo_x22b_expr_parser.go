package main

import (
	"fmt"
	"strings"
	"unicode"
)

const homework = `1 + 2 * 3 + 4 * 5 + 6
1 + (2 * 3) + (4 * (5 + 6))
2 * 3 + (4 * 5)
5 + (8 * 3 + 9 + 3 * 4 * 3)
5 * 9 * (7 * 3 * 3 + 9 * 3 + (8 + 6 * 4))
((2 + 4 * 9) * (6 + 9 * 8 + 6) + 6) + 2 + 4 * 2`

type parser struct {
	toks []string
	pos  int
	prec map[string]int
}

func tokenize(s string) []string {
	var toks []string
	for i := 0; i < len(s); i++ {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
		case unicode.IsDigit(c):
			j := i
			for j < len(s) && unicode.IsDigit(rune(s[j])) {
				j++
			}
			toks = append(toks, s[i:j])
			i = j - 1
		default:
			toks = append(toks, string(c))
		}
	}
	return toks
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *parser) next() string { t := p.peek(); p.pos++; return t }

func (p *parser) primary() int {
	t := p.next()
	if t == "(" {
		v := p.expr(0)
		if p.next() != ")" {
			panic("expected )")
		}
		return v
	}
	var n int
	fmt.Sscan(t, &n)
	return n
}

func (p *parser) expr(minPrec int) int {
	lhs := p.primary()
	for {
		op := p.peek()
		prec, ok := p.prec[op]
		if !ok || prec < minPrec {
			return lhs
		}
		p.next()
		rhs := p.expr(prec + 1)
		switch op {
		case "+":
			lhs += rhs
		case "*":
			lhs *= rhs
		case "-":
			lhs -= rhs
		}
	}
}

func eval(s string, prec map[string]int) int {
	p := &parser{toks: tokenize(s), prec: prec}
	return p.expr(0)
}

func main() {
	same := map[string]int{"+": 1, "*": 1, "-": 1}
	addFirst := map[string]int{"+": 2, "*": 1}
	normal := map[string]int{"+": 1, "-": 1, "*": 2}
	s1, s2 := 0, 0
	for _, l := range strings.Split(homework, "\n") {
		a, b := eval(l, same), eval(l, addFirst)
		fmt.Println(a, b)
		s1 += a
		s2 += b
	}
	fmt.Println(s1, s2)
	fmt.Println(eval("2 + 3 * 4 - 5", normal), eval("10 - 2 - 3", normal))
	func() {
		defer func() { fmt.Println("error:", recover()) }()
		eval("(1 + 2", same)
	}()
}
