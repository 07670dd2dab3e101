package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type tok struct {
	kind string
	text string
}

func lex(s string) ([]tok, error) {
	var out []tok
	i := 0
	for i < len(s) {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			out = append(out, tok{"num", s[i:j]})
			i = j
		case unicode.IsLetter(c):
			j := i
			for j < len(s) && unicode.IsLetter(rune(s[j])) {
				j++
			}
			out = append(out, tok{"id", s[i:j]})
			i = j
		case strings.ContainsRune("+-*/()", c):
			out = append(out, tok{"op", string(c)})
			i++
		default:
			return nil, fmt.Errorf("bad char %q at %d", c, i)
		}
	}
	return out, nil
}

type parser struct {
	toks []tok
	pos  int
	env  map[string]float64
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos].text
	}
	return ""
}

// returns value and derivative w.r.t. "x" (forward-mode dual numbers)
func (p *parser) expr() (float64, float64) {
	v, d := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		op := p.toks[p.pos].text
		p.pos++
		v2, d2 := p.term()
		if op == "+" {
			v, d = v+v2, d+d2
		} else {
			v, d = v-v2, d-d2
		}
	}
	return v, d
}

func (p *parser) term() (float64, float64) {
	v, d := p.factor()
	for p.peek() == "*" || p.peek() == "/" {
		op := p.toks[p.pos].text
		p.pos++
		v2, d2 := p.factor()
		if op == "*" {
			v, d = v*v2, d*v2+v*d2
		} else {
			v, d = v/v2, (d*v2-v*d2)/(v2*v2)
		}
	}
	return v, d
}

func (p *parser) factor() (float64, float64) {
	t := p.toks[p.pos]
	p.pos++
	switch {
	case t.text == "(":
		v, d := p.expr()
		p.pos++
		return v, d
	case t.text == "-":
		v, d := p.factor()
		return -v, -d
	case t.kind == "num":
		f, _ := strconv.ParseFloat(t.text, 64)
		return f, 0
	case t.text == "tanh" || t.text == "exp":
		v, d := p.factor()
		if t.text == "tanh" {
			y := math.Tanh(v)
			return y, (1 - y*y) * d
		}
		return math.Exp(v), math.Exp(v) * d
	default:
		if t.text == "x" {
			return p.env["x"], 1
		}
		return p.env[t.text], 0
	}
}

func main() {
	exprs := []string{"x*x + 3*x", "tanh(w*x + b)", "exp(-x) / (1 + exp(-x))", "(x - 1)*(x + 2)/x", "2 $ x"}
	env := map[string]float64{"x": 0.5, "w": 2, "b": -0.25}
	for _, e := range exprs {
		toks, err := lex(e)
		if err != nil {
			fmt.Printf("%-26s error: %v\n", e, err)
			continue
		}
		p := &parser{toks: toks, env: env}
		v, d := p.expr()
		fmt.Printf("%-26s f=%s df/dx=%s\n", e, strconv.FormatFloat(v, 'f', 5, 64), strconv.FormatFloat(d, 'g', 6, 64))
	}
}
