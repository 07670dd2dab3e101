// Generic containers and higher-order helpers in the style of the book's
// exercises, rewritten with type parameters.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int { return len(s.items) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func MaxOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		m = max(m, v)
	}
	return m
}

// evalRPN evaluates a reverse Polish expression using a Stack[float64].
func evalRPN(expr string) (float64, error) {
	var st Stack[float64]
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, ok1 := st.Pop()
			a, ok2 := st.Pop()
			if !ok1 || !ok2 {
				return 0, errors.New("stack underflow at " + strconv.Quote(tok))
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
		return 0, fmt.Errorf("%d values left on stack", st.Len())
	}
	v, _ := st.Pop()
	return v, nil
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	strs := Map(evens, func(n int) string { return fmt.Sprintf("<%d>", n*n) })
	sum := Reduce(nums, 0, func(a, n int) int { return a + n })
	fmt.Println(evens, strs, sum)
	fmt.Println(Reduce(strs, "", func(a, s string) string { return a + s }))
	fmt.Println(MaxOf(3, 9, 2), MaxOf("pear", "apple", "zucchini"), MaxOf(2.5))

	var s Stack[string]
	for _, w := range strings.Fields("to be or not to be") {
		s.Push(w)
	}
	for s.Len() > 0 {
		w, _ := s.Pop()
		fmt.Print(w, " ")
	}
	_, ok := s.Pop()
	fmt.Println(ok)
	fmt.Printf("%T %+v\n", s, s)

	for _, e := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "2 3", "1 x +", "22 7 /"} {
		v, err := evalRPN(e)
		if err != nil {
			fmt.Printf("%-20q error: %v\n", e, err)
			continue
		}
		fmt.Printf("%-20q = %.4f\n", e, v)
	}
}
