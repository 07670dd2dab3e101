package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type parser struct {
	toks []string
	pos  int
	env  map[string]float64
	grad map[string]float64
}

func tokenize(s string) []string {
	var toks []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			toks = append(toks, cur.String())
			cur.Reset()
		}
	}
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			flush()
		case strings.ContainsRune("+-*()", r):
			flush()
			toks = append(toks, string(r))
		default:
			cur.WriteRune(r)
		}
	}
	flush()
	return toks
}

// dual number: value and derivative wrt one variable
type dual struct{ v, d float64 }

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}
func (p *parser) next() string { t := p.peek(); p.pos++; return t }

func (p *parser) expr(wrt string) dual {
	l := p.term(wrt)
	for p.peek() == "+" || p.peek() == "-" {
		op := p.next()
		r := p.term(wrt)
		if op == "+" {
			l = dual{l.v + r.v, l.d + r.d}
		} else {
			l = dual{l.v - r.v, l.d - r.d}
		}
	}
	return l
}

func (p *parser) term(wrt string) dual {
	l := p.factor(wrt)
	for p.peek() == "*" {
		p.next()
		r := p.factor(wrt)
		l = dual{l.v * r.v, l.d*r.v + l.v*r.d}
	}
	return l
}

func (p *parser) factor(wrt string) dual {
	t := p.next()
	switch {
	case t == "(":
		d := p.expr(wrt)
		p.next()
		return d
	case t == "sin" || t == "exp":
		p.next()
		a := p.expr(wrt)
		p.next()
		if t == "sin" {
			return dual{math.Sin(a.v), math.Cos(a.v) * a.d}
		}
		e := math.Exp(a.v)
		return dual{e, e * a.d}
	}
	if f, err := strconv.ParseFloat(t, 64); err == nil {
		return dual{f, 0}
	}
	d := 0.0
	if t == wrt {
		d = 1
	}
	return dual{p.env[t], d}
}

func main() {
	env := map[string]float64{"x": 0.5, "y": 2}
	for _, src := range []string{"x*y + sin(x)", "exp(x*x) - 3*y", "(x+y)*(x-y)*2.5"} {
		toks := tokenize(src)
		var parts []string
		for _, v := range []string{"x", "y"} {
			p := &parser{toks: toks, env: env}
			d := p.expr(v)
			parts = append(parts, "d/d"+v+"="+strconv.FormatFloat(d.d, 'f', 5, 64))
			if v == "x" {
				parts = append([]string{"val=" + strconv.FormatFloat(d.v, 'g', 6, 64)}, parts...)
			}
		}
		fmt.Printf("%-18q %s\n", src, strings.Join(parts, " "))
	}
	fmt.Println(tokenize("sin(x)*  3.5"), len(tokenize("")))
}
