package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Token struct {
	Kind string
	Val  string
}

func lex(s string) ([]Token, error) {
	var toks []Token
	rs := []rune(s)
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
			toks = append(toks, Token{"num", string(rs[i:j])})
			i = j
		case strings.ContainsRune("+-*/()", r):
			toks = append(toks, Token{"op", string(r)})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", r, i)
		}
	}
	return toks, nil
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos].Val
	}
	return ""
}

func (p *parser) expr() float64 {
	v := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		op := p.toks[p.pos].Val
		p.pos++
		if op == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *parser) term() float64 {
	v := p.factor()
	for p.peek() == "*" || p.peek() == "/" {
		op := p.toks[p.pos].Val
		p.pos++
		if op == "*" {
			v *= p.factor()
		} else {
			v /= p.factor()
		}
	}
	return v
}

func (p *parser) factor() float64 {
	t := p.toks[p.pos]
	p.pos++
	switch t.Val {
	case "(":
		v := p.expr()
		p.pos++
		return v
	case "-":
		return -p.factor()
	}
	f, _ := strconv.ParseFloat(t.Val, 64)
	return f
}

func main() {
	for _, e := range []string{"1 + 2 * 3", "(1+2)*3", "10 / 4 - -2", "2 * (3 + 4) * .5", "7 $ 2"} {
		toks, err := lex(e)
		if err != nil {
			fmt.Println("lex error:", err)
			continue
		}
		p := &parser{toks: toks}
		fmt.Printf("%-18s = %s\n", e, strconv.FormatFloat(p.expr(), 'g', -1, 64))
	}
	fmt.Println(strconv.Quote("tab\there"), strconv.Itoa(-45), strconv.FormatInt(255, 2))
	n, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(n, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	b, _ := strconv.ParseBool("true")
	fmt.Println(b, strings.Title("x"), strings.EqualFold("Go", "GO"))
}
