package main

import (
	"errors"
	"fmt"
	"strings"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("stack is empty")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Len() int { return len(s.items) }

func balanced(expr string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range expr {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, err := st.Pop()
			if err != nil || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func evalRPN(tokens []string) (int, error) {
	var st Stack[int]
	for _, t := range tokens {
		switch t {
		case "+", "-", "*", "/":
			b, err1 := st.Pop()
			a, err2 := st.Pop()
			if err1 != nil || err2 != nil {
				return 0, fmt.Errorf("not enough operands for %q", t)
			}
			switch t {
			case "+":
				st.Push(a + b)
			case "-":
				st.Push(a - b)
			case "*":
				st.Push(a * b)
			case "/":
				st.Push(a / b)
			}
		default:
			var n int
			if _, err := fmt.Sscanf(t, "%d", &n); err != nil {
				return 0, fmt.Errorf("bad token %q", t)
			}
			st.Push(n)
		}
	}
	return st.Pop()
}

func main() {
	for _, e := range []string{"(a+b)*[c]", "{[()]}", "(]", "((", ""} {
		fmt.Printf("%-12q balanced=%v\n", e, balanced(e))
	}
	for _, e := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "2 x *"} {
		v, err := evalRPN(strings.Fields(e))
		fmt.Printf("%-20s => %d, %v\n", e, v, err)
	}
	var names Stack[string]
	names.Push("first")
	names.Push("second")
	fmt.Printf("%+v %d\n", names, names.Len())
}
