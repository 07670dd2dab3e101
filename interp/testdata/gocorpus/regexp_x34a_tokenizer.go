package main

import (
	"fmt"
	"regexp"
	"strconv"
)

type Kind string

const (
	Number Kind = "Number"
	Ident  Kind = "Ident"
	Op     Kind = "Op"
	LParen Kind = "LParen"
	RParen Kind = "RParen"
)

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

var rules = []struct {
	kind Kind
	re   *regexp.Regexp
}{
	{Number, regexp.MustCompile(`^\d+(\.\d+)?`)},
	{Ident, regexp.MustCompile(`^[A-Za-z_]\w*`)},
	{Op, regexp.MustCompile(`^(\*\*|[-+*/])`)},
	{LParen, regexp.MustCompile(`^\(`)},
	{RParen, regexp.MustCompile(`^\)`)},
}

var space = regexp.MustCompile(`^\s+`)

func tokenize(src string) ([]Token, error) {
	var toks []Token
	pos := 0
	for pos += len(space.FindString(src)); pos < len(src); pos += len(space.FindString(src[pos:])) {
		matched := false
		for _, r := range rules {
			if m := r.re.FindString(src[pos:]); m != "" {
				toks = append(toks, Token{r.kind, m, pos})
				pos += len(m)
				matched = true
				break
			}
		}
		if !matched {
			return toks, fmt.Errorf("unexpected %q at %d", src[pos], pos)
		}
	}
	return toks, nil
}

type parser struct {
	toks []Token
	i    int
	vars map[string]float64
}

func (p *parser) peek() *Token {
	if p.i < len(p.toks) {
		return &p.toks[p.i]
	}
	return nil
}

func (p *parser) expr() float64 {
	v := p.term()
	for t := p.peek(); t != nil && (t.Text == "+" || t.Text == "-"); t = p.peek() {
		p.i++
		sign := map[string]float64{"+": 1, "-": -1}[t.Text]
		v += sign * p.term()
	}
	return v
}

func (p *parser) term() float64 {
	v := p.factor()
	for t := p.peek(); t != nil && (t.Text == "*" || t.Text == "/"); t = p.peek() {
		p.i++
		r := p.factor()
		if t.Text == "*" {
			v *= r
		} else {
			if r == 0 {
				panic("division by zero")
			}
			v /= r
		}
	}
	return v
}

func (p *parser) factor() float64 {
	t := p.peek()
	if p.i++; t == nil {
		panic("unexpected end")
	}
	switch t.Kind {
	case Number:
		f, _ := strconv.ParseFloat(t.Text, 64)
		return f
	case Ident:
		v, ok := p.vars[t.Text]
		if !ok {
			panic(fmt.Sprintf("unknown variable %s", t.Text))
		}
		return v
	case LParen:
		v := p.expr()
		p.i++
		return v
	case Op:
		if t.Text == "-" {
			return -p.factor()
		}
	}
	panic(fmt.Sprintf("unexpected %v %q", t.Kind, t.Text))
}

func eval(src string, vars map[string]float64) (res float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval %q: %v", src, r)
		}
	}()
	toks, err := tokenize(src)
	if err != nil {
		return 0, err
	}
	return (&parser{toks: toks, vars: vars}).expr(), nil
}

func main() {
	toks, _ := tokenize("rate * (x_1 + 2.5)")
	fmt.Printf("%v\n", toks)
	vars := map[string]float64{"x": 4, "rate": 0.5}
	for _, src := range []string{"1 + 2 * 3", "(1+2)*3", "rate * (x + 2.5)", "-x + 10 / 4", "1 / (x - 4)", "y + 1", "3 $ 4", "2 *"} {
		if v, err := eval(src, vars); err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Printf("%-18s = %s\n", src, strconv.FormatFloat(v, 'g', -1, 64))
		}
	}
}
