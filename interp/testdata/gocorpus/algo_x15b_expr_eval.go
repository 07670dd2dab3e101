package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokKind int

const (
	NUM TokKind = iota
	OP
	LP
	RP
	IDENT
)

func (k TokKind) String() string {
	return [...]string{"NUM", "OP", "LP", "RP", "IDENT"}[k]
}

type Token struct {
	Kind TokKind
	Text string
}

func tokenize(s string) ([]Token, error) {
	var toks []Token
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r, j := rs[i], i+1
		switch {
		case unicode.IsSpace(r):
			i++
			continue
		case unicode.IsDigit(r) || r == '.':
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, string(rs[i:j])})
		case unicode.IsLetter(r):
			for j < len(rs) && unicode.IsLetter(rs[j]) {
				j++
			}
			toks = append(toks, Token{IDENT, string(rs[i:j])})
		case strings.ContainsRune("+-*/^%", r):
			toks = append(toks, Token{OP, string(r)})
		case r == '(' || r == ')':
			toks = append(toks, Token{map[rune]TokKind{'(': LP, ')': RP}[r], string(r)})
		default:
			return nil, fmt.Errorf("bad char %q at %d", r, i)
		}
		i = j
	}
	return toks, nil
}

type parser struct {
	toks []Token
	pos  int
	vars map[string]float64
}

func (p *parser) peek() *Token {
	if p.pos >= len(p.toks) {
		return nil
	}
	return &p.toks[p.pos]
}

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}

func (p *parser) primary() float64 {
	t := p.peek()
	if t == nil {
		panic("unexpected end")
	}
	p.pos++
	switch t.Kind {
	case NUM:
		v, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			panic(err)
		}
		return v
	case IDENT:
		v, ok := p.vars[t.Text]
		if !ok {
			panic(fmt.Sprintf("undefined %s", t.Text))
		}
		return v
	case LP:
		v := p.expr(0)
		if nt := p.peek(); nt == nil || nt.Kind != RP {
			panic("missing )")
		}
		p.pos++
		return v
	case OP:
		if t.Text == "-" {
			return -p.expr(3)
		}
	}
	panic(fmt.Sprintf("unexpected %v %q", t.Kind, t.Text))
}

func (p *parser) expr(minPrec int) float64 {
	lhs := p.primary()
	for {
		t := p.peek()
		if t == nil || t.Kind != OP || prec[t.Text] <= minPrec && !(t.Text == "^" && prec[t.Text] == minPrec) {
			return lhs
		}
		op := t.Text
		p.pos++
		rhs := p.expr(prec[op])
		switch op {
		case "+", "-":
			lhs += map[string]float64{"+": 1, "-": -1}[op] * rhs
		case "*":
			lhs *= rhs
		case "/":
			lhs /= rhs
		case "%":
			lhs = float64(int(lhs) % int(rhs))
		case "^":
			r := 1.0
			for range int(rhs) {
				r *= lhs
			}
			lhs = r
		}
	}
}

func eval(s string, vars map[string]float64) (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval %q: %v", s, r)
		}
	}()
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks, vars: vars}
	v = p.expr(0)
	if p.pos != len(toks) {
		return 0, fmt.Errorf("trailing tokens at %d", p.pos)
	}
	return v, nil
}

func main() {
	vars := map[string]float64{"x": 3, "pi": 3.14159}
	for _, s := range []string{"1 + 2 * 3", "(1+2)*3", "2^3^2", "-x * 2 + 10", "17 % 5 + x/2", "pi * x ^ 2", "2 * (3 + y)", "4 $ 4", "(1 + 2", "1 2"} {
		v, err := eval(s, vars)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-14s = %g\n", s, v)
	}
	toks, _ := tokenize("a*(b+12.5)")
	fmt.Println(toks)
}
