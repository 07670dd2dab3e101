package main

import (
	"errors"
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s Stack[T]) Len() int { return len(s.items) }

func (s Stack[T]) String() string { return fmt.Sprint(s.items) }

type Open struct {
	Ch   rune
	Line int
	Col  int
}

type MismatchError struct {
	Want, Got rune
	Line, Col int
}

func (e MismatchError) Error() string {
	return fmt.Sprintf("%d:%d: expected %q, found %q", e.Line, e.Col, e.Want, e.Got)
}

var ErrUnclosed = errors.New("unclosed bracket")

var pairs = map[rune]rune{'(': ')', '[': ']', '{': '}'}

func Check(src string) error {
	var st Stack[Open]
	line, col := 1, 0
	inString := false
	for _, r := range src {
		col++
		switch {
		case r == '\n':
			line, col = line+1, 0
		case r == '"':
			inString = !inString
		case inString:
		case pairs[r] != 0:
			st.Push(Open{r, line, col})
		case r == ')' || r == ']' || r == '}':
			top, ok := st.Pop()
			if !ok {
				return MismatchError{0, r, line, col}
			}
			if pairs[top.Ch] != r {
				return MismatchError{pairs[top.Ch], r, line, col}
			}
		}
	}
	if top, ok := st.Peek(); ok {
		return fmt.Errorf("%w: %q opened at %d:%d (%d still open)", ErrUnclosed, top.Ch, top.Line, top.Col, st.Len())
	}
	return nil
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	cases := []string{
		"func f() { return a[i] }",
		"if (x { y }",
		"map[string]int{\"a\": 1}}",
		"{\n  [1, 2,\n   (3 + 4]\n}",
		"say(\"(not a bracket\")",
		"((((",
		"",
	}
	for _, c := range cases {
		err := Check(c)
		var me MismatchError
		switch {
		case err == nil:
			fmt.Printf("%-28q ok\n", c)
		case errors.As(err, &me):
			fmt.Printf("%-28q mismatch %+v (%v)\n", c, me, err)
		case errors.Is(err, ErrUnclosed):
			fmt.Printf("%-28q %v\n", c, err)
		}
	}
	var s Stack[string]
	for _, w := range strings.Fields("a b c d") {
		s.Push(w)
	}
	top, _ := s.Pop()
	fmt.Println(top, s, s.Len())
	depth := Reduce([]rune("(()(()))"), [2]int{}, func(a [2]int, r rune) [2]int {
		if r == '(' {
			a[0]++
		} else {
			a[0]--
		}
		a[1] = max(a[1], a[0])
		return a
	})
	fmt.Printf("max depth %d, %T\n", depth[1], s)
}
