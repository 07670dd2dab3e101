package main

import (
	"bufio"
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.`

func Words(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		sc := bufio.NewScanner(strings.NewReader(s))
		sc.Split(bufio.ScanWords)
		for sc.Scan() {
			w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
			if w != "" && !yield(w) {
				return
			}
		}
	}
}

type Pair[K comparable, V cmp.Ordered] struct {
	Key K
	Val V
}

func TopK[K cmp.Ordered, V cmp.Ordered](m map[K]V, k int) []Pair[K, V] {
	ps := make([]Pair[K, V], 0, len(m))
	for key, v := range m {
		ps = append(ps, Pair[K, V]{key, v})
	}
	slices.SortFunc(ps, func(a, b Pair[K, V]) int {
		return cmp.Or(cmp.Compare(b.Val, a.Val), cmp.Compare(a.Key, b.Key))
	})
	return ps[:min(k, len(ps))]
}

func Count[T comparable](seq iter.Seq[T]) map[T]int {
	m := map[T]int{}
	for v := range seq {
		m[v]++
	}
	return m
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	stop := map[string]bool{"it": true, "was": true, "the": true, "of": true}
	all := Count(Words(text))
	fmt.Println("distinct:", len(all))
	for i, p := range TopK(all, 5) {
		fmt.Printf("%d. %-8s %d\n", i+1, p.Key, p.Val)
	}
	content := Count(Filter(Words(text), func(w string) bool { return !stop[w] }))
	fmt.Println(TopK(content, 6))
	byLen := map[int][]string{}
	for w := range maps.Keys(content) {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	for _, l := range slices.Sorted(maps.Keys(byLen)) {
		ws := byLen[l]
		slices.Sort(ws)
		fmt.Println(l, ws)
	}
	first := 0
	for w := range Words(text) {
		first++
		if w == "wisdom" {
			break
		}
	}
	fmt.Println("wisdom at word", first)
	letters := Count(func(yield func(rune) bool) {
		for _, r := range strings.ToLower(text) {
			if unicode.IsLetter(r) && !yield(r) {
				return
			}
		}
	})
	fmt.Println(TopK(letters, 3))
}
