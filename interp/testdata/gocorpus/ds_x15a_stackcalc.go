package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("stack underflow")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}
func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct{ in, out Stack[T] }

func (q *Queue[T]) Enqueue(v T) { q.in.Push(v) }
func (q *Queue[T]) Dequeue() (T, error) {
	if q.out.Len() == 0 {
		for q.in.Len() > 0 {
			v, _ := q.in.Pop()
			q.out.Push(v)
		}
	}
	return q.out.Pop()
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range s {
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

func toRPN(expr string) []string {
	prec := map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
	var out []string
	var ops Stack[string]
	for _, tok := range strings.Fields(expr) {
		switch {
		case tok == "(":
			ops.Push(tok)
		case tok == ")":
			for {
				op, err := ops.Pop()
				if err != nil || op == "(" {
					break
				}
				out = append(out, op)
			}
		case prec[tok] > 0:
			for {
				top, ok := ops.Peek()
				if !ok || top == "(" || prec[top] < prec[tok] || (prec[top] == prec[tok] && tok == "^") {
					break
				}
				ops.Pop()
				out = append(out, top)
			}
			ops.Push(tok)
		default:
			out = append(out, tok)
		}
	}
	for ops.Len() > 0 {
		op, _ := ops.Pop()
		out = append(out, op)
	}
	return out
}

func evalRPN(toks []string) (result float64, err error) {
	var st Stack[float64]
	for _, t := range toks {
		if n, perr := strconv.ParseFloat(t, 64); perr == nil {
			st.Push(n)
			continue
		}
		b, err1 := st.Pop()
		a, err2 := st.Pop()
		if err := errors.Join(err1, err2); err != nil {
			return 0, fmt.Errorf("operator %s: %w", t, err)
		}
		switch t {
		case "+":
			st.Push(a + b)
		case "-":
			st.Push(a - b)
		case "*":
			st.Push(a * b)
		case "/":
			if b == 0 {
				return 0, errors.New("division by zero")
			}
			st.Push(a / b)
		case "^":
			r := 1.0
			for i := 0; i < int(b); i++ {
				r *= a
			}
			st.Push(r)
		default:
			return 0, fmt.Errorf("unknown token %q", t)
		}
	}
	if st.Len() != 1 {
		return 0, fmt.Errorf("malformed: %d values left", st.Len())
	}
	return st.Pop()
}

func main() {
	for _, s := range []string{"([]{})", "([)]", "((", "", "{a[b(c)d]e}"} {
		fmt.Printf("%-12q %v\n", s, balanced(s))
	}
	for _, e := range []string{"3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "( 1 + 2 ) * ( 3 + 4 )", "2 ^ 3 ^ 2", "1 / 0", "1 +", "4 4"} {
		rpn := toRPN(e)
		v, err := evalRPN(rpn)
		fmt.Printf("%-32s => %-28s = %g %v\n", e, strings.Join(rpn, " "), v, err)
	}
	var q Queue[string]
	for _, w := range []string{"a", "b", "c"} {
		q.Enqueue(w)
	}
	x, _ := q.Dequeue()
	q.Enqueue("d")
	var got []string
	for {
		v, err := q.Dequeue()
		if err != nil {
			fmt.Println(x, got, err)
			break
		}
		got = append(got, v)
	}
}
