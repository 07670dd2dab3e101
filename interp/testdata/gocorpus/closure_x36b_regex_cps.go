package main

import (
	"fmt"
	"strings"
)

// A regex engine where each pattern compiles to a closure in
// continuation-passing style: m(s, i, k) tries to match at i and calls k
// with every end position, stopping when k returns true.

type matcher func(s string, i int, k func(int) bool) bool

func lit(c byte) matcher {
	return func(s string, i int, k func(int) bool) bool {
		return i < len(s) && (c == '.' || s[i] == c) && k(i+1)
	}
}

func class(set string, negate bool) matcher {
	var sb strings.Builder
	for i := 0; i < len(set); i++ {
		if i+2 < len(set) && set[i+1] == '-' {
			for c := set[i]; c <= set[i+2]; c++ {
				sb.WriteByte(c)
			}
			i += 2
			continue
		}
		sb.WriteByte(set[i])
	}
	set = sb.String()
	return func(s string, i int, k func(int) bool) bool {
		if i >= len(s) {
			return false
		}
		in := strings.IndexByte(set, s[i]) >= 0
		return in != negate && k(i+1)
	}
}

func seq(ms ...matcher) matcher {
	if len(ms) == 0 {
		return func(s string, i int, k func(int) bool) bool { return k(i) }
	}
	first, rest := ms[0], seq(ms[1:]...)
	return func(s string, i int, k func(int) bool) bool {
		return first(s, i, func(j int) bool { return rest(s, j, k) })
	}
}

func alt(a, b matcher) matcher {
	return func(s string, i int, k func(int) bool) bool {
		return a(s, i, k) || b(s, i, k)
	}
}

func star(m matcher) matcher {
	var self matcher
	self = func(s string, i int, k func(int) bool) bool {
		return m(s, i, func(j int) bool { return j > i && self(s, j, k) }) || k(i)
	}
	return self
}

func plus(m matcher) matcher { return seq(m, star(m)) }
func opt(m matcher) matcher  { return alt(m, seq()) }

// compile handles: literals, '.', [abc], [^abc], groups (..), |, *, +, ?
type compiler struct {
	p   string
	pos int
}

func (c *compiler) alternation() matcher {
	m := c.sequence()
	for c.pos < len(c.p) && c.p[c.pos] == '|' {
		c.pos++
		m = alt(m, c.sequence())
	}
	return m
}

func (c *compiler) sequence() matcher {
	var parts []matcher
	for c.pos < len(c.p) && c.p[c.pos] != '|' && c.p[c.pos] != ')' {
		var atom matcher
		switch ch := c.p[c.pos]; ch {
		case '(':
			c.pos++
			atom = c.alternation()
			c.pos++ // ')'
		case '[':
			end := strings.IndexByte(c.p[c.pos:], ']') + c.pos
			set := c.p[c.pos+1 : end]
			neg := strings.HasPrefix(set, "^")
			atom = class(strings.TrimPrefix(set, "^"), neg)
			c.pos = end + 1
		default:
			atom = lit(ch)
			c.pos++
		}
		if c.pos < len(c.p) {
			switch c.p[c.pos] {
			case '*':
				atom, c.pos = star(atom), c.pos+1
			case '+':
				atom, c.pos = plus(atom), c.pos+1
			case '?':
				atom, c.pos = opt(atom), c.pos+1
			}
		}
		parts = append(parts, atom)
	}
	return seq(parts...)
}

func Compile(p string) func(string) bool {
	m := (&compiler{p: p}).alternation()
	return func(s string) bool {
		return m(s, 0, func(j int) bool { return j == len(s) })
	}
}

func main() {
	tests := map[string][]string{
		"a(b|c)*d":         {"ad", "abcbd", "abxd", "a"},
		"[0-9]+":           {"123", "", "12a"},
		"[0-9]+(.[0-9]+)?": {"3", "3.14", "3.", ".5"},
		"(ab)+|x?y":        {"ababab", "y", "xy", "xxy", "aba"},
		"[^ ]+ [^ ]+":      {"hello world", "hello  world", "one"},
		"(a*)*b":           {"aaaab", "aaaa"},
	}
	keys := []string{"a(b|c)*d", "[0-9]+", "[0-9]+(.[0-9]+)?", "(ab)+|x?y", "[^ ]+ [^ ]+", "(a*)*b"}
	for _, p := range keys {
		re := Compile(p)
		var res []string
		for _, s := range tests[p] {
			res = append(res, fmt.Sprintf("%q:%v", s, re(s)))
		}
		fmt.Printf("%-32s %s\n", p, strings.Join(res, " "))
	}
}
