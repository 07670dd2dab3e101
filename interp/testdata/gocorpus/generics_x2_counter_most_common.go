// Exercises: a generic Counter[T] with Add and MostCommon(n) sorted by count then key.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Counter[T cmp.Ordered] struct {
	counts map[T]int
}

func NewCounter[T cmp.Ordered]() *Counter[T] {
	return &Counter[T]{counts: map[T]int{}}
}

func (c *Counter[T]) Add(xs ...T) {
	for _, x := range xs {
		c.counts[x]++
	}
}

type Entry[T any] struct {
	Item  T
	Count int
}

func (c *Counter[T]) MostCommon(n int) []Entry[T] {
	var es []Entry[T]
	for k, v := range c.counts {
		es = append(es, Entry[T]{k, v})
	}
	slices.SortFunc(es, func(a, b Entry[T]) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return cmp.Compare(a.Item, b.Item)
	})
	if n < len(es) {
		es = es[:n]
	}
	return es
}

func main() {
	words := NewCounter[string]()
	words.Add(strings.Fields("a rose is a rose is a rose")...)
	fmt.Println(words.MostCommon(2))
	letters := NewCounter[rune]()
	letters.Add([]rune("mississippi")...)
	for _, e := range letters.MostCommon(10) {
		fmt.Printf("%c:%d ", e.Item, e.Count)
	}
	fmt.Println()
	nums := NewCounter[int]()
	nums.Add(3, 1, 3, 2, 1, 3)
	fmt.Printf("%+v\n", nums.MostCommon(1))
}
