package main

import (
	"fmt"
	"sort"
	"strings"
)

type Dir int

const (
	L Dir = -1
	R Dir = 1
)

func (d Dir) String() string {
	if d == L {
		return "L"
	}
	return "R"
}

type key struct {
	state string
	sym   byte
}

type action struct {
	write byte
	move  Dir
	next  string
}

type TM struct {
	rules map[key]action
	tape  map[int]byte
	head  int
	state string
	steps int
}

func (m *TM) read() byte {
	if b, ok := m.tape[m.head]; ok {
		return b
	}
	return '_'
}

func (m *TM) Step() bool {
	a, ok := m.rules[key{m.state, m.read()}]
	if !ok {
		return false
	}
	m.tape[m.head] = a.write
	m.head += int(a.move)
	m.state = a.next
	m.steps++
	return true
}

func (m *TM) Tape() string {
	idx := make([]int, 0, len(m.tape))
	for i := range m.tape {
		idx = append(idx, i)
	}
	sort.Ints(idx)
	var sb strings.Builder
	for _, i := range idx {
		sb.WriteByte(m.tape[i])
	}
	return strings.Trim(sb.String(), "_")
}

func load(input string) map[int]byte {
	t := map[int]byte{}
	for i := range len(input) {
		t[i] = input[i]
	}
	return t
}

func parseRules(spec string) map[key]action {
	rules := map[key]action{}
	for _, line := range strings.Split(strings.TrimSpace(spec), "\n") {
		var st, nx string
		var sym, wr byte
		var mv string
		f := strings.Fields(line)
		st, sym, wr, mv, nx = f[0], f[1][0], f[2][0], f[3], f[4]
		d := R
		if mv == "L" {
			d = L
		}
		rules[key{st, sym}] = action{wr, d, nx}
	}
	return rules
}

const incrementer = `
right 0 0 R right
right 1 1 R right
right _ _ L carry
carry 1 0 L carry
carry 0 1 L done
carry _ 1 L done
`

func main() {
	rules := parseRules(incrementer)
	fmt.Println(len(rules), rules[key{"carry", '1'}])
	for _, in := range []string{"0", "1", "1011", "111", ""} {
		m := &TM{rules: rules, tape: load(in), state: "right"}
		for m.Step() && m.steps < 1000 {
		}
		fmt.Printf("%5s + 1 = %-6s state=%s steps=%d head=%d\n", in, m.Tape(), m.state, m.steps, m.head)
	}
	fmt.Printf("%v %v %d\n", L, R, R)
}
