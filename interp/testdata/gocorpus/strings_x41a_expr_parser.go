package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// A tiny parser for expressions like "x*y + max(z, w)" that builds
// a graph and evaluates forward and backward passes.

type node struct {
	kind  string
	name  string
	val   float64
	grad  float64
	left  *node
	right *node
}

type parser struct {
	toks []string
	pos  int
	vars map[string]*node
}

func tokenize(s string) []string {
	var toks []string
	i := 0
	for i < len(s) {
		r := rune(s[i])
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.':
			j := i
			for j < len(s) && (unicode.IsLetter(rune(s[j])) || unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		default:
			toks = append(toks, string(r))
			i++
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

func (p *parser) expr() *node {
	n := p.term()
	for p.peek() == "+" {
		p.next()
		n = &node{kind: "+", left: n, right: p.term()}
	}
	return n
}

func (p *parser) term() *node {
	n := p.atom()
	for p.peek() == "*" {
		p.next()
		n = &node{kind: "*", left: n, right: p.atom()}
	}
	return n
}

func (p *parser) atom() *node {
	t := p.next()
	if t == "(" {
		n := p.expr()
		p.next()
		return n
	}
	if t == "max" {
		p.next()
		a := p.expr()
		p.next()
		b := p.expr()
		p.next()
		return &node{kind: "max", left: a, right: b}
	}
	if v, err := strconv.ParseFloat(t, 64); err == nil {
		return &node{kind: "const", val: v}
	}
	if n, ok := p.vars[t]; ok {
		return n
	}
	n := &node{kind: "var", name: t}
	p.vars[t] = n
	return n
}

func forward(n *node) float64 {
	switch n.kind {
	case "+":
		n.val = forward(n.left) + forward(n.right)
	case "*":
		n.val = forward(n.left) * forward(n.right)
	case "max":
		n.val = max(forward(n.left), forward(n.right))
	}
	return n.val
}

func backward(n *node, g float64) {
	n.grad += g
	switch n.kind {
	case "+":
		backward(n.left, g)
		backward(n.right, g)
	case "*":
		backward(n.left, g*n.right.val)
		backward(n.right, g*n.left.val)
	case "max":
		if n.left.val >= n.right.val {
			backward(n.left, g)
		} else {
			backward(n.right, g)
		}
	}
}

func main() {
	src := "2 * (x*y + max(z, w)) + x"
	p := &parser{toks: tokenize(src), vars: map[string]*node{}}
	fmt.Printf("%q\n", p.toks)
	root := p.expr()
	vals := map[string]float64{"x": 3, "y": -4, "z": 2, "w": -1}
	for k, v := range vals {
		p.vars[k].val = v
	}
	fmt.Println("f =", forward(root))
	backward(root, 1)
	for _, k := range strings.Fields("x y z w") {
		fmt.Printf("df/d%s = %g\n", k, p.vars[k].grad)
	}
	fmt.Println(strings.Repeat("-", 20))
	fmt.Println(strings.ToUpper(root.kind), strings.Count(src, "x"), strings.Index(src, "max"))
}
