package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Module interface {
	Name() string
	Receive(from string, high bool) []Pulse
}

type Pulse struct {
	From, To string
	High     bool
}

type base struct {
	name string
	outs []string
	*Logger
}

func (b *base) Name() string { return b.name }
func (b *base) send(high bool) []Pulse {
	ps := make([]Pulse, len(b.outs))
	for i, o := range b.outs {
		ps[i] = Pulse{b.name, o, high}
	}
	return ps
}

type Broadcast struct{ base }
type FlipFlop struct {
	base
	on bool
}
type Conj struct {
	base
	mem map[string]bool
}

func (m *Broadcast) Receive(_ string, high bool) []Pulse { return m.send(high) }
func (m *FlipFlop) Receive(_ string, high bool) []Pulse {
	if high {
		return nil
	}
	m.on = !m.on
	m.Logf("%s -> %v", m.name, m.on)
	return m.send(m.on)
}
func (m *Conj) Receive(from string, high bool) []Pulse {
	m.mem[from] = high
	for _, v := range m.mem {
		if !v {
			return m.send(true)
		}
	}
	return m.send(false)
}

const config = `broadcaster -> a
%a -> inv, con
&inv -> b
%b -> con
&con -> output`

func main() {
	log := &Logger{prefix: "[ff] "}
	mods := map[string]Module{}
	var conjs []*Conj
	outs := map[string][]string{}
	for _, l := range strings.Split(config, "\n") {
		lhs, rhs, _ := strings.Cut(l, " -> ")
		dst := strings.Split(rhs, ", ")
		name := strings.TrimLeft(lhs, "%&")
		b := base{name, dst, log}
		outs[name] = dst
		switch lhs[0] {
		case '%':
			mods[name] = &FlipFlop{base: b}
		case '&':
			c := &Conj{b, map[string]bool{}}
			conjs = append(conjs, c)
			mods[name] = c
		default:
			mods[name] = &Broadcast{b}
		}
	}
	for src, ds := range outs {
		for _, d := range ds {
			for _, c := range conjs {
				if c.name == d {
					c.mem[src] = false
				}
			}
		}
	}
	lo, hi := 0, 0
	for press := 0; press < 1000; press++ {
		queue := []Pulse{{"button", "broadcaster", false}}
		for len(queue) > 0 {
			p := queue[0]
			queue = queue[1:]
			if p.High {
				hi++
			} else {
				lo++
			}
			if press == 0 {
				fmt.Printf("%s -%v-> %s\n", p.From, map[bool]string{true: "high", false: "low"}[p.High], p.To)
			}
			if m, ok := mods[p.To]; ok {
				queue = append(queue, m.Receive(p.From, p.High)...)
			}
		}
	}
	fmt.Println(lo, hi, lo*hi)
	fmt.Println(len(log.lines), log.lines[:4])
	var m Module = mods["a"]
	if ff, ok := m.(*FlipFlop); ok {
		fmt.Println(ff.Name(), ff.on, ff.prefix, len(ff.outs))
	}
}
