package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	Num TokenKind = iota
	Op
	LParen
	RParen
)

type Token struct {
	Kind TokenKind
	Val  string
}

func lex(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c):
			j := i
			for j < len(s) && unicode.IsDigit(rune(s[j])) {
				j++
			}
			toks = append(toks, Token{Num, s[i:j]})
			i = j
		case strings.ContainsRune("+*-", c):
			toks = append(toks, Token{Op, string(c)})
			i++
		case c == '(':
			toks = append(toks, Token{LParen, "("})
			i++
		case c == ')':
			toks = append(toks, Token{RParen, ")"})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return toks, nil
}

type parser struct {
	toks []Token
	pos  int
	prec map[string]int
}

func (p *parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *parser) primary() int {
	t := p.toks[p.pos]
	p.pos++
	if t.Kind == LParen {
		v := p.expr(0)
		p.pos++
		return v
	}
	n, _ := strconv.Atoi(t.Val)
	return n
}

func (p *parser) expr(minPrec int) int {
	lhs := p.primary()
	for {
		t := p.peek()
		if t == nil || t.Kind != Op || p.prec[t.Val] < minPrec {
			return lhs
		}
		op := t.Val
		p.pos++
		rhs := p.expr(p.prec[op] + 1)
		switch op {
		case "+":
			lhs += rhs
		case "-":
			lhs -= rhs
		case "*":
			lhs *= rhs
		}
	}
}

const homework = `1 + 2 * 3 + 4 * 5 + 6
1 + (2 * 3) + (4 * (5 + 6))
2 * 3 + (4 * 5)
5 + (8 * 3 + 9 + 3 * 4 * 3)
5 * 9 * (7 * 3 * 3 + 9 * 3 + (8 + 6 * 4))
((2 + 4 * 9) * (6 + 9 * 8 + 6) + 6) + 2 + 4 * 2
10 - 2 - 3
3 $ 4`

func main() {
	precs := []map[string]int{
		{"+": 1, "*": 1, "-": 1},
		{"+": 2, "*": 1, "-": 2},
	}
	for part, prec := range precs {
		total := 0
		for _, line := range strings.Split(homework, "\n") {
			toks, err := lex(line)
			if err != nil {
				fmt.Println("lex error:", err)
				continue
			}
			v := (&parser{toks: toks, prec: prec}).expr(0)
			fmt.Printf("  %-50s = %d\n", line, v)
			total += v
		}
		fmt.Printf("part %d total %d\n", part+1, total)
	}
}
