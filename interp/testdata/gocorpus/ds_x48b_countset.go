package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Counter[T comparable] map[T]int

func CountOf[T comparable](items []T) Counter[T] {
	c := Counter[T]{}
	for _, it := range items {
		c[it]++
	}
	return c
}

func (c Counter[T]) Add(o Counter[T]) Counter[T] {
	r := maps.Clone(c)
	for k, v := range o {
		r[k] += v
	}
	return r
}

func (c Counter[T]) Sub(o Counter[T]) Counter[T] {
	r := Counter[T]{}
	for k, v := range c {
		if d := v - o[k]; d > 0 {
			r[k] = d
		}
	}
	return r
}

func (c Counter[T]) Total() (n int) {
	for _, v := range c {
		n += v
	}
	return
}

type Entry[T any] struct {
	Key   T
	Count int
}

func MostCommon[T cmp.Ordered](c Counter[T], n int) []Entry[T] {
	es := make([]Entry[T], 0, len(c))
	for k, v := range c {
		es = append(es, Entry[T]{k, v})
	}
	slices.SortFunc(es, func(a, b Entry[T]) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return cmp.Compare(a.Key, b.Key)
	})
	if n < len(es) {
		es = es[:n]
	}
	return es
}

func isAnagram(a, b string) bool {
	ca := CountOf([]rune(strings.ReplaceAll(a, " ", "")))
	cb := CountOf([]rune(strings.ReplaceAll(b, " ", "")))
	return maps.Equal(ca, cb)
}

func main() {
	text := "it was the best of times it was the worst of times it was the age of wisdom"
	words := CountOf(strings.Fields(text))
	fmt.Println(MostCommon(words, 4))
	fmt.Printf("%+v\n", MostCommon(words, 2))
	fmt.Println("total", words.Total(), "distinct", len(words))

	letters := CountOf([]byte("mississippi"))
	fmt.Println(letters)
	for _, e := range MostCommon(letters, 10) {
		fmt.Printf("%c:%d ", e.Key, e.Count)
	}
	fmt.Println()

	inv := Counter[string]{"apple": 3, "pear": 1}
	order := Counter[string]{"apple": 1, "pear": 2, "fig": 1}
	fmt.Println(inv.Sub(order), order.Sub(inv), inv.Add(order))
	fmt.Println(isAnagram("dormitory", "dirty room"), isAnagram("hello", "world"))
	fmt.Printf("%T %d\n", letters, letters['s'])
}
