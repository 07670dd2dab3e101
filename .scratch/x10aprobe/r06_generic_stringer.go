package main

import (
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s Stack[T]) String() string {
	parts := make([]string, len(s.items))
	for i, v := range s.items {
		parts[i] = fmt.Sprint(v)
	}
	return "Stack[" + strings.Join(parts, ",") + "]"
}

type money int

func (m money) String() string { return fmt.Sprintf("$%d", int(m)) }

func Show[T any](x T) string { return fmt.Sprintf("%v/%T", x, x) }

func main() {
	var s Stack[money]
	s.Push(3)
	s.Push(4)
	fmt.Println(s, &s)
	fmt.Println(Show(money(5)), Show(s.items))
	fmt.Printf("%v %s\n", s, []Stack[money]{s})
}
