package main

import "fmt"

type State struct {
	c    rune // 0 = split, -1 = match, -2 = any
	out  *State
	out1 *State
	id   int
}

type Frag struct {
	start *State
	outs  []**State
}

var nextID int

func newState(c rune, out, out1 *State) *State {
	nextID++
	return &State{c: c, out: out, out1: out1, id: nextID}
}

func patch(outs []**State, s *State) {
	for _, p := range outs {
		*p = s
	}
}

// compile supports literals, '.', '*', '+', '?', concatenation (no alternation/groups).
func compile(re string) *State {
	var stack []Frag
	for _, c := range re {
		switch c {
		case '*', '+', '?':
			e := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			s := newState(0, e.start, nil)
			switch c {
			case '*':
				patch(e.outs, s)
				stack = append(stack, Frag{s, []**State{&s.out1}})
			case '+':
				patch(e.outs, s)
				stack = append(stack, Frag{e.start, []**State{&s.out1}})
			case '?':
				stack = append(stack, Frag{s, append(e.outs, &s.out1)})
			}
		default:
			k := c
			if c == '.' {
				k = -2
			}
			s := newState(k, nil, nil)
			stack = append(stack, Frag{s, []**State{&s.out}})
		}
	}
	match := newState(-1, nil, nil)
	if len(stack) == 0 {
		return match
	}
	for i := len(stack) - 1; i > 0; i-- {
		patch(stack[i-1].outs, stack[i].start)
	}
	patch(stack[len(stack)-1].outs, match)
	return stack[0].start
}

func addState(list map[int]*State, s *State) {
	if s == nil || list[s.id] != nil {
		return
	}
	list[s.id] = s
	if s.c == 0 {
		addState(list, s.out)
		addState(list, s.out1)
	}
}

func Match(start *State, s string) bool {
	cur := map[int]*State{}
	addState(cur, start)
	for _, r := range s {
		next := map[int]*State{}
		for _, st := range cur {
			if st.c == r || (st.c == -2) {
				addState(next, st.out)
			}
		}
		cur = next
	}
	for _, st := range cur {
		if st.c == -1 {
			return true
		}
	}
	return false
}

func main() {
	tests := []struct {
		re    string
		cases []string
	}{
		{"ab*c", []string{"ac", "abc", "abbbc", "ab", "abcd"}},
		{"a.+z", []string{"az", "abz", "a--z", "z"}},
		{"colou?r", []string{"color", "colour", "colouur"}},
		{"", []string{"", "x"}},
		{"x*y*", []string{"", "xxy", "yx"}},
	}
	for _, t := range tests {
		nfa := compile(t.re)
		fmt.Printf("%-8q", t.re)
		for _, c := range t.cases {
			fmt.Printf(" %s=%v", c, Match(nfa, c))
		}
		fmt.Println()
	}
	fmt.Println("states:", nextID)
}
