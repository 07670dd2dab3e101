package main

import (
	"fmt"
	"strings"
)

// Stack is a last-in, first-out collection of any element type.
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) {
	s.items = append(s.items, v)
}

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
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s *Stack[T]) Len() int { return len(s.items) }

// Map applies f to every element of xs.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

// Number is the set of types Sum accepts.
type Number interface {
	~int | ~int64 | ~float64
}

func Sum[N Number](xs []N) N {
	var total N
	for _, x := range xs {
		total += x
	}
	return total
}

type Celsius float64

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range s {
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
	return st.Len() == 0
}

func main() {
	var ints Stack[int]
	for i := 1; i <= 4; i++ {
		ints.Push(i * i)
	}
	top, _ := ints.Peek()
	fmt.Println("len:", ints.Len(), "top:", top)
	for ints.Len() > 0 {
		v, _ := ints.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, ok := ints.Pop()
	fmt.Println("pop from empty:", ok)

	words := Stack[string]{}
	words.Push("hello")
	words.Push("generic")
	words.Push("world")
	fmt.Printf("%T %v\n", words, words.items)

	lens := Map([]string{"go", "rust", "zig"}, func(s string) int { return len(s) })
	fmt.Println("lengths:", lens)
	upper := Map([]string{"a", "b"}, strings.ToUpper)
	fmt.Printf("%q\n", upper)

	fmt.Println("sum ints:", Sum([]int{1, 2, 3, 4}))
	fmt.Println("sum floats:", Sum([]float64{1.5, 2.25}))
	temps := []Celsius{20.5, 22, 19.5}
	fmt.Printf("sum celsius: %v (%T)\n", Sum(temps), Sum(temps))

	for _, s := range []string{"([]{})", "([)]", "((", ""} {
		fmt.Printf("%-8q balanced=%t\n", s, balanced(s))
	}
}
