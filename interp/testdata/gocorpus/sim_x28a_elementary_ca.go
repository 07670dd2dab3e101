package main

import (
	"fmt"
	"strings"
)

type Rule uint8

func (r Rule) Apply(left, center, right bool) bool {
	idx := 0
	for _, b := range []bool{left, center, right} {
		idx <<= 1
		if b {
			idx |= 1
		}
	}
	return r&(1<<idx) != 0
}

type Automaton struct {
	rule  Rule
	cells []bool
	wrap  bool
}

func New(rule Rule, width int, wrap bool) *Automaton {
	a := &Automaton{rule: rule, cells: make([]bool, width), wrap: wrap}
	a.cells[width/2] = true
	return a
}

func (a *Automaton) at(i int) bool {
	if i < 0 || i >= len(a.cells) {
		if !a.wrap {
			return false
		}
		i = (i + len(a.cells)) % len(a.cells)
	}
	return a.cells[i]
}

func (a *Automaton) Step() {
	next := make([]bool, len(a.cells))
	for i := range a.cells {
		next[i] = a.rule.Apply(a.at(i-1), a.at(i), a.at(i+1))
	}
	a.cells = next
}

func (a *Automaton) String() string {
	return strings.Map(func(r rune) rune {
		if r == '1' {
			return '#'
		}
		return '.'
	}, a.bits())
}

func (a *Automaton) bits() string {
	b := make([]byte, len(a.cells))
	for i, c := range a.cells {
		b[i] = '0'
		if c {
			b[i] = '1'
		}
	}
	return string(b)
}

func main() {
	for _, r := range []Rule{30, 90, 110} {
		fmt.Printf("Rule %d (%08b):\n", r, uint8(r))
		a := New(r, 31, false)
		for i := 0; i < 12; i++ {
			fmt.Println(a)
			a.Step()
		}
	}
	// rule 30 centre column as a random bit generator
	a := New(30, 101, true)
	var bits strings.Builder
	for i := 0; i < 64; i++ {
		if a.cells[50] {
			bits.WriteByte('1')
		} else {
			bits.WriteByte('0')
		}
		a.Step()
	}
	fmt.Println(bits.String())
	var v uint64
	fmt.Sscanf(bits.String()[:16], "%b", &v)
	fmt.Printf("first 16 bits as number: %d %#x\n", v, v)
}
