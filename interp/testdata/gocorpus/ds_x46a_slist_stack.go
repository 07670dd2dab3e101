package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrEmptyStack = errors.New("stack is empty")

type node[T any] struct {
	val  T
	next *node[T]
}

type Stack[T any] struct {
	top  *node[T]
	size int
}

func (s *Stack[T]) Push(v T) {
	s.top = &node[T]{val: v, next: s.top}
	s.size++
}

func (s *Stack[T]) Pop() (T, error) {
	if s.top == nil {
		var zero T
		return zero, ErrEmptyStack
	}
	v := s.top.val
	s.top = s.top.next
	s.size--
	return v, nil
}

func (s *Stack[T]) Peek() (T, error) {
	if s.top == nil {
		var zero T
		return zero, ErrEmptyStack
	}
	return s.top.val, nil
}

func (s *Stack[T]) Empty() bool { return s.size == 0 }

func (s Stack[T]) String() string {
	parts := []string{}
	for n := s.top; n != nil; n = n.next {
		parts = append(parts, fmt.Sprint(n.val))
	}
	return "top->[" + strings.Join(parts, " ") + "]"
}

func balanced(expr string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, c := range expr {
		switch c {
		case '(', '[', '{':
			st.Push(c)
		case ')', ']', '}':
			top, err := st.Pop()
			if err != nil || top != pairs[c] {
				return false
			}
		}
	}
	return st.Empty()
}

func evalRPN(tokens []string) (result int, err error) {
	var st Stack[int]
	for _, t := range tokens {
		switch t {
		case "+", "-", "*", "/":
			b, e1 := st.Pop()
			a, e2 := st.Pop()
			if err := errors.Join(e1, e2); err != nil {
				return 0, fmt.Errorf("operator %q: %w", t, err)
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
	var s Stack[string]
	for _, w := range []string{"a", "b", "c"} {
		s.Push(w)
	}
	fmt.Println(s, s.size)
	p, _ := s.Peek()
	fmt.Println("peek:", p)
	for !s.Empty() {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, err := s.Pop()
	fmt.Println("pop on empty:", err, errors.Is(err, ErrEmptyStack))

	for _, e := range []string{"([]{})", "([)]", "((", "{[()()]}"} {
		fmt.Printf("%-10s balanced=%t\n", e, balanced(e))
	}
	for _, expr := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "2 x *"} {
		r, err := evalRPN(strings.Fields(expr))
		if err != nil {
			fmt.Printf("%q -> error: %v\n", expr, err)
			continue
		}
		fmt.Printf("%q -> %d\n", expr, r)
	}
}
