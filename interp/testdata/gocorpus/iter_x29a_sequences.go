package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i >= 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func FilterSeq[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i+1, x) {
				return
			}
		}
	}
}

type Playlist struct {
	songs []string
}

func (p *Playlist) All() iter.Seq[string] {
	return slices.Values(p.songs)
}

func (p *Playlist) Backwards() iter.Seq2[int, string] {
	return slices.Backward(p.songs)
}

func main() {
	for i := range Countdown(5) {
		fmt.Print(i, " ")
	}
	fmt.Println("liftoff!")

	evenFibs := FilterSeq(Fib(), func(n int) bool { return n%2 == 0 })
	fmt.Println(slices.Collect(Take(evenFibs, 8)))

	for i, w := range Enumerate(strings.Fields("the quick brown fox")) {
		if i > 3 {
			break
		}
		fmt.Printf("%d=%s ", i, w)
	}
	fmt.Println()

	for i := range 3 {
		fmt.Print("tick", i, " ")
	}
	fmt.Println()

	stock := map[string]int{"pens": 12, "paper": 500, "ink": 3, "clips": 40}
	keys := slices.Sorted(maps.Keys(stock))
	fmt.Println(keys)
	total := 0
	for v := range maps.Values(stock) {
		total += v
	}
	fmt.Println("total items:", total)
	low := maps.Collect(func(yield func(string, int) bool) {
		for k, v := range stock {
			if v < 20 && !yield(k, v) {
				return
			}
		}
	})
	fmt.Println("low stock:", low)

	p := &Playlist{songs: []string{"Intro", "Verse", "Chorus", "Outro"}}
	fmt.Println(slices.Collect(p.All()))
	for i, s := range p.Backwards() {
		fmt.Printf("%d:%s ", i, s)
	}
	fmt.Println()

	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	fmt.Println(chunks)
	next, stop := iter.Pull(Countdown(3))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print("pulled ", v, "; ")
	}
	fmt.Println()
	for line := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
}
