package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

const (
	tNum = iota
	tPunct
	tEOF
)

type token struct {
	kind int
	text string
	pos  int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

func lex(src string) ([]token, error) {
	var toks []token
	rs := []rune(src)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r) || r == '.':
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			toks = append(toks, token{tNum, string(rs[i:j]), i})
			i = j
		case strings.ContainsRune("+-*/()", r):
			toks = append(toks, token{tPunct, string(r), i})
			i++
		default:
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected %q", r)}
		}
	}
	return append(toks, token{kind: tEOF, pos: len(rs)}), nil
}

type parser struct {
	toks []token
	pos  int
}

func (p *parser) peek() token     { return p.toks[p.pos] }
func (p *parser) next() token     { t := p.toks[p.pos]; p.pos++; return t }
func (p *parser) fail(msg string) { panic(&SyntaxError{p.peek().pos, msg}) }

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2}

func (p *parser) expr(minPrec int) float64 {
	lhs := p.unary()
	for {
		t := p.peek()
		pr, ok := prec[t.text]
		if t.kind != tPunct || !ok || pr < minPrec {
			return lhs
		}
		p.next()
		rhs := p.expr(pr + 1)
		switch t.text {
		case "+":
			lhs += rhs
		case "-":
			lhs -= rhs
		case "*":
			lhs *= rhs
		case "/":
			if rhs == 0 {
				p.fail("division by zero")
			}
			lhs /= rhs
		}
	}
}

func (p *parser) unary() float64 {
	t := p.next()
	switch t.kind {
	case tNum:
		v, err := strconv.ParseFloat(t.text, 64)
		if err != nil {
			p.pos--
			p.fail("bad number " + strconv.Quote(t.text))
		}
		return v
	case tPunct:
		if t.text == "-" {
			return -p.unary()
		}
		if t.text == "(" {
			v := p.expr(1)
			if p.next().text != ")" {
				p.pos--
				p.fail("expected )")
			}
			return v
		}
	}
	p.pos--
	p.fail("unexpected token " + strconv.Quote(t.text))
	return 0
}

func Eval(src string) (result float64, err error) {
	toks, err := lex(src)
	if err != nil {
		return 0, err
	}
	defer func() {
		if r := recover(); r != nil {
			err = r.(*SyntaxError)
		}
	}()
	p := &parser{toks: toks}
	result = p.expr(1)
	if p.peek().kind != tEOF {
		p.fail("trailing input")
	}
	return result, nil
}

func main() {
	for _, src := range []string{
		"1 + 2 * 3", "(1 + 2) * 3", "8 - 3 - 2", "-3 * -3 + 1", "2.5 * (4 - 1) / 3",
		"10 / (5 - 5)", "1 + ", "3 $ 4", "1.2.3 + 1", "(1 + 2", "4 4", ")",
	} {
		v, err := Eval(src)
		if err != nil {
			fmt.Printf("%-14q error: %v\n", src, err)
			continue
		}
		fmt.Printf("%-14q = %g\n", src, v)
	}
}
