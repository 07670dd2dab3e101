// Exercises: panic/recover in a recursive-descent parser, recover returning a typed value, a recovered runtime error wrapped with %w, re-panic of unexpected values
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type syntaxError string

type parser struct {
	toks []string
	pos  int
}

func (p *parser) next() (t string) {
	if p.pos >= len(p.toks) {
		panic(syntaxError(fmt.Sprintf("at %d: unexpected end", p.pos)))
	}
	t, p.pos = p.toks[p.pos], p.pos+1
	return
}

func (p *parser) expr() (v int) {
	for v = p.term(); p.pos < len(p.toks) && p.toks[p.pos] == "+"; {
		p.pos++
		v += p.term()
	}
	return
}

func (p *parser) term() int {
	switch t := p.next(); t {
	case "$": // a bug: reads past the end
		return len(p.toks[p.pos+99])
	case "!":
		panic(fmt.Sprintf("unexpected %s", t))
	default:
		n, err := strconv.Atoi(t)
		if err != nil {
			panic(syntaxError(fmt.Sprintf("at %d: bad number %s", p.pos, t)))
		}
		return n
	}
}
func Parse(src string) (v int, err error) {
	defer func() {
		switch e := recover().(type) {
		case nil:
		case syntaxError:
			err = fmt.Errorf("syntax: %s", string(e))
		case runtime.Error:
			err = fmt.Errorf("internal: %w", e)
		default:
			panic(e)
		}
	}()
	return (&parser{toks: strings.Fields(src)}).expr(), nil
}
func main() {
	for _, src := range []string{"1 + 2 + 3", "40 + 2", "1 +", "7 + x", "1 + $", ""} {
		v, err := Parse(src)
		_, isRuntime := err.(interface{ Unwrap() error })
		fmt.Printf("%q => %d, %v %t\n", src, v, err, isRuntime)
	}
	defer func() { fmt.Println("main recovered:", recover()) }()
	Parse("1 + !")
}
