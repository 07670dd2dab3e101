package main

import (
	"fmt"
	"sort"
)

type state struct {
	next map[byte]int
	fail int
	out  []int
}

type Automaton struct {
	states   []state
	patterns []string
}

func Build(patterns []string) *Automaton {
	a := &Automaton{patterns: patterns, states: []state{{next: map[byte]int{}}}}
	for pi, p := range patterns {
		cur := 0
		for i := 0; i < len(p); i++ {
			nx, ok := a.states[cur].next[p[i]]
			if !ok {
				a.states = append(a.states, state{next: map[byte]int{}})
				nx = len(a.states) - 1
				a.states[cur].next[p[i]] = nx
			}
			cur = nx
		}
		a.states[cur].out = append(a.states[cur].out, pi)
	}
	queue := []int{}
	for _, s := range sortedKeys(a.states[0].next) {
		queue = append(queue, a.states[0].next[s])
	}
	for len(queue) > 0 {
		r := queue[0]
		queue = queue[1:]
		for _, c := range sortedKeys(a.states[r].next) {
			u := a.states[r].next[c]
			queue = append(queue, u)
			f := a.states[r].fail
			for f > 0 {
				if _, ok := a.states[f].next[c]; ok {
					break
				}
				f = a.states[f].fail
			}
			if v, ok := a.states[f].next[c]; ok && v != u {
				a.states[u].fail = v
			}
			a.states[u].out = append(a.states[u].out, a.states[a.states[u].fail].out...)
		}
	}
	return a
}

func sortedKeys(m map[byte]int) []byte {
	ks := make([]byte, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}

type Match struct {
	Pos     int
	Pattern string
}

func (a *Automaton) Search(text string) []Match {
	var ms []Match
	cur := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		for cur > 0 {
			if _, ok := a.states[cur].next[c]; ok {
				break
			}
			cur = a.states[cur].fail
		}
		if nx, ok := a.states[cur].next[c]; ok {
			cur = nx
		}
		for _, pi := range a.states[cur].out {
			p := a.patterns[pi]
			ms = append(ms, Match{i - len(p) + 1, p})
		}
	}
	return ms
}

func main() {
	enzymes := map[string]string{"GAATTC": "EcoRI", "GATC": "MboI", "AATT": "MluCI", "TTC": "x3"}
	var pats []string
	for p := range enzymes {
		pats = append(pats, p)
	}
	sort.Strings(pats)
	a := Build(pats)
	fmt.Println("states:", len(a.states))
	text := "CCGAATTCGATCAATTGAATTCTTC"
	ms := a.Search(text)
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].Pos != ms[j].Pos {
			return ms[i].Pos < ms[j].Pos
		}
		return ms[i].Pattern < ms[j].Pattern
	})
	for _, m := range ms {
		fmt.Printf("%3d %-7s %-6s %s\n", m.Pos, m.Pattern, enzymes[m.Pattern], text[:m.Pos]+"["+m.Pattern+"]")
	}
	fmt.Printf("%v\n", ms[:2])
}
