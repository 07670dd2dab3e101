package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Grammar struct {
	Start string
	Rules map[string][][]string // nonterminal -> alternatives; "ε" is empty
}

func (g Grammar) isNT(s string) bool { _, ok := g.Rules[s]; return ok }

type set map[string]bool

func (s set) addAll(o set, skipEps bool) bool {
	changed := false
	for k := range o {
		if skipEps && k == "ε" {
			continue
		}
		if !s[k] {
			s[k] = true
			changed = true
		}
	}
	return changed
}

func (s set) String() string { return "{" + strings.Join(slices.Sorted(maps.Keys(s)), " ") + "}" }

func (g Grammar) firstOf(seq []string, first map[string]set) set {
	out := set{}
	for _, sym := range seq {
		if sym == "ε" {
			continue
		}
		if !g.isNT(sym) {
			out[sym] = true
			return out
		}
		out.addAll(first[sym], true)
		if !first[sym]["ε"] {
			return out
		}
	}
	out["ε"] = true
	return out
}

func (g Grammar) Sets() (first, follow map[string]set) {
	first, follow = map[string]set{}, map[string]set{}
	for nt := range g.Rules {
		first[nt], follow[nt] = set{}, set{}
	}
	follow[g.Start]["$"] = true
	for changed := true; changed; {
		changed = false
		for nt, alts := range g.Rules {
			for _, alt := range alts {
				if first[nt].addAll(g.firstOf(alt, first), false) {
					changed = true
				}
				for i, sym := range alt {
					if !g.isNT(sym) {
						continue
					}
					rest := g.firstOf(alt[i+1:], first)
					if follow[sym].addAll(rest, true) {
						changed = true
					}
					if rest["ε"] && follow[sym].addAll(follow[nt], false) {
						changed = true
					}
				}
			}
		}
	}
	return
}

func (g Grammar) Parse(input []string, table map[[2]string][]string) ([]string, error) {
	stack := []string{"$", g.Start}
	input = append(input, "$")
	var trace []string
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		tok := input[0]
		switch {
		case top == "ε":
		case !g.isNT(top):
			if top != tok {
				return trace, fmt.Errorf("expected %s, got %s", top, tok)
			}
			input = input[1:]
		default:
			prod, ok := table[[2]string{top, tok}]
			if !ok {
				return trace, fmt.Errorf("no rule for %s on %s", top, tok)
			}
			trace = append(trace, top+"→"+strings.Join(prod, ""))
			for i := len(prod) - 1; i >= 0; i-- {
				stack = append(stack, prod[i])
			}
		}
	}
	return trace, nil
}

func main() {
	g := Grammar{Start: "E", Rules: map[string][][]string{
		"E":  {{"T", "E'"}},
		"E'": {{"+", "T", "E'"}, {"ε"}},
		"T":  {{"F", "T'"}},
		"T'": {{"*", "F", "T'"}, {"ε"}},
		"F":  {{"(", "E", ")"}, {"id"}},
	}}
	first, follow := g.Sets()
	table := map[[2]string][]string{}
	for _, nt := range slices.Sorted(maps.Keys(g.Rules)) {
		fmt.Printf("%-3s FIRST=%-12v FOLLOW=%v\n", nt, first[nt], follow[nt])
		for _, alt := range g.Rules[nt] {
			f := g.firstOf(alt, first)
			for t := range f {
				if t != "ε" {
					table[[2]string{nt, t}] = alt
				}
			}
			if f["ε"] {
				for t := range follow[nt] {
					table[[2]string{nt, t}] = alt
				}
			}
		}
	}
	fmt.Println("table entries:", len(table))
	for _, in := range []string{"id + id * id", "( id + id ) * id", "id + * id", "( id"} {
		trace, err := g.Parse(strings.Fields(in), table)
		fmt.Printf("%-18s %s", in, strings.Join(trace, " "))
		if err != nil {
			fmt.Printf("  ERROR: %v", err)
		}
		fmt.Println()
	}
}
