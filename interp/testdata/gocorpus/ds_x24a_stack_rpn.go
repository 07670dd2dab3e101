package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var ErrEmpty = errors.New("stack empty")

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Len() int { return len(s.items) }

type EvalError struct {
	Token string
	Pos   int
	Err   error
}

func (e *EvalError) Error() string {
	return fmt.Sprintf("token %q at %d: %v", e.Token, e.Pos, e.Err)
}

func (e *EvalError) Unwrap() error { return e.Err }

func evalRPN(expr string) (result float64, err error) {
	var st Stack[float64]
	for i, tok := range strings.Fields(expr) {
		if f, perr := strconv.ParseFloat(tok, 64); perr == nil {
			st.Push(f)
			continue
		}
		b, e1 := st.Pop()
		a, e2 := st.Pop()
		if e := errors.Join(e1, e2); e != nil {
			return 0, &EvalError{tok, i, ErrEmpty}
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
				return 0, &EvalError{tok, i, errors.New("division by zero")}
			}
			st.Push(a / b)
		default:
			return 0, &EvalError{tok, i, fmt.Errorf("unknown operator")}
		}
	}
	if st.Len() != 1 {
		return 0, fmt.Errorf("malformed: %d values left", st.Len())
	}
	return st.Pop()
}

func main() {
	exprs := []string{
		"3 4 + 2 *",
		"5 1 2 + 4 * + 3 -",
		"2 3 4 * +  10 /",
		"1 +",
		"4 0 /",
		"1 2 3",
		"2 3 ^",
		"1.5 2.25 * 0.5 -",
	}
	for _, e := range exprs {
		v, err := evalRPN(e)
		var ee *EvalError
		switch {
		case err == nil:
			fmt.Printf("%-22s = %g\n", e, v)
		case errors.As(err, &ee):
			fmt.Printf("%-22s ! %v (empty=%t)\n", e, ee, errors.Is(err, ErrEmpty))
		default:
			fmt.Printf("%-22s ! %v\n", e, err)
		}
	}
}
