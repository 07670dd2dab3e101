package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}
func (s *Stack[T]) Len() int { return len(s.items) }
func (s Stack[T]) String() string {
	return fmt.Sprint(s.items)
}

type Queue[T any] struct{ data []T }

func (q *Queue[T]) Enqueue(v ...T) { q.data = append(q.data, v...) }
func (q *Queue[T]) Dequeue() (T, bool) {
	var zero T
	if len(q.data) == 0 {
		return zero, false
	}
	v := q.data[0]
	q.data = q.data[1:]
	return v, true
}

func evalRPN(expr string) (float64, error) {
	var st Stack[float64]
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, err1 := st.Pop()
			a, err2 := st.Pop()
			if err := errors.Join(err1, err2); err != nil {
				return 0, fmt.Errorf("at %q: %w", tok, err)
			}
			switch tok {
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
			f, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, err
			}
			st.Push(f)
		}
	}
	if st.Len() != 1 {
		return 0, fmt.Errorf("bad expression, stack %v", st)
	}
	v, _ := st.Pop()
	return v, nil
}

func main() {
	for _, e := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "2 3", "1 x +", "10 4 /"} {
		v, err := evalRPN(e)
		fmt.Printf("%-20q => %v, %v\n", e, v, err)
	}
	var q Queue[string]
	q.Enqueue("a", "b", "c")
	for {
		v, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	s := &Stack[rune]{}
	for _, r := range "hello" {
		s.Push(r)
	}
	fmt.Println(s, s.Len())
	var rev []rune
	for s.Len() > 0 {
		r, _ := s.Pop()
		rev = append(rev, r)
	}
	fmt.Println(string(rev))
}
