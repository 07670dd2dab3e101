package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Stack struct {
	data []int
}

func (s *Stack) Push(v int) { s.data = append(s.data, v) }
func (s *Stack) Pop() (int, bool) {
	if len(s.data) == 0 {
		return 0, false
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v, true
}
func (s *Stack) Peek() (int, bool) {
	if s.Len() == 0 {
		return 0, false
	}
	return s.data[len(s.data)-1], true
}
func (s *Stack) Len() int { return len(s.data) }

func evalRPN(expr string) (int, error) {
	var st Stack
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, ok1 := st.Pop()
			a, ok2 := st.Pop()
			if !ok1 || !ok2 {
				return 0, fmt.Errorf("stack underflow at %q", tok)
			}
			switch tok {
			case "+":
				st.Push(a + b)
			case "-":
				st.Push(a - b)
			case "*":
				st.Push(a * b)
			case "/":
				if b == 0 {
					return 0, fmt.Errorf("division by zero")
				}
				st.Push(a / b)
			}
		default:
			n, err := strconv.Atoi(tok)
			if err != nil {
				return 0, fmt.Errorf("bad token: %w", err)
			}
			st.Push(n)
		}
	}
	if st.Len() != 1 {
		return 0, fmt.Errorf("leftover %d values", st.Len())
	}
	v, _ := st.Pop()
	return v, nil
}

func balanced(s string) bool {
	var st Stack
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(int(r))
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || rune(top) != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	for _, e := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "4 0 /", "2 x *", "1 2 3"} {
		v, err := evalRPN(e)
		fmt.Printf("%-20q => %d, %v\n", e, v, err)
	}
	for _, s := range []string{"([]{})", "([)]", "((", "", "{[()()]}"} {
		fmt.Println(s, balanced(s))
	}
	var s Stack
	for i := range 5 {
		s.Push(i * i)
	}
	top, _ := s.Peek()
	fmt.Println(top, s.Len(), s.data)
}
