package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const input = `12 + 7 * 3
( 4 + 6 ) / 2
8 / ( 3 - 3 )
2 * ( 3 + 4
9 - 2 - 3
7 $ 2`

type parser struct {
	toks []string
	pos  int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e SyntaxError) Error() string { return fmt.Sprintf("syntax error at token %d: %s", e.Pos, e.Msg) }

var ErrDivZero = errors.New("division by zero")

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *parser) next() string { t := p.peek(); p.pos++; return t }

func (p *parser) expr() int {
	v := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		if p.next() == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *parser) term() int {
	v := p.factor()
	for p.peek() == "*" || p.peek() == "/" {
		op := p.next()
		r := p.factor()
		if op == "*" {
			v *= r
		} else {
			if r == 0 {
				panic(ErrDivZero)
			}
			v /= r
		}
	}
	return v
}

func (p *parser) factor() int {
	t := p.next()
	if t == "(" {
		v := p.expr()
		if p.next() != ")" {
			panic(SyntaxError{p.pos, "missing )"})
		}
		return v
	}
	n, err := strconv.Atoi(t)
	if err != nil {
		panic(SyntaxError{p.pos - 1, fmt.Sprintf("unexpected %q", t)})
	}
	return n
}

func eval(s string) (v int, err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			err = fmt.Errorf("eval %q: %w", s, r)
		default:
			panic(r)
		}
	}()
	p := &parser{toks: strings.Fields(s)}
	v = p.expr()
	if p.pos != len(p.toks) {
		panic(SyntaxError{p.pos, "trailing tokens"})
	}
	return v, nil
}

func main() {
	sum := 0
	for _, line := range strings.Split(input, "\n") {
		v, err := eval(line)
		var se SyntaxError
		switch {
		case errors.Is(err, ErrDivZero):
			fmt.Println("div0:", err)
		case errors.As(err, &se):
			fmt.Printf("syntax (pos %d): %v\n", se.Pos, err)
		case err != nil:
			fmt.Println("other:", err)
		default:
			fmt.Printf("%s = %d\n", line, v)
			sum += v
		}
	}
	fmt.Println("sum:", sum)
	defer fmt.Println("deferred 1")
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var m map[string]int
	m["x"] = 1
}
