// Exercises: a struct wrapping a slice with push/pop methods, zero value usable
package main

import "fmt"

type Stack struct{ items []rune }

func (s *Stack) Push(r rune) { s.items = append(s.items, r) }
func (s *Stack) Pop() (rune, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	r := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return r, true
}

func balanced(expr string) bool {
	var st Stack
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	for _, r := range expr {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[r] {
				return false
			}
		}
	}
	return len(st.items) == 0
}

func main() {
	for _, e := range []string{"(a[b]{c})", "(]", "((", ""} {
		fmt.Printf("%q balanced: %v\n", e, balanced(e))
	}
}
