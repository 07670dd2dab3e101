// Exercises: range over iterators - iter.Seq from a method, an infinite generator with break, slices.Collect, iter.Seq2, maps.Keys
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Playlist struct{ songs []string }

func (p *Playlist) Shuffled(step int) iter.Seq[string] {
	return func(yield func(string) bool) {
		n := len(p.songs)
		for i, at := 0, 0; i < n; i, at = i+1, (at+step)%n {
			if !yield(p.songs[at]) {
				return
			}
		}
	}
}

func Primes() iter.Seq[int] {
	return func(yield func(int) bool) {
		var found []int
		for n := 2; ; n++ {
			if slices.ContainsFunc(found, func(p int) bool { return n%p == 0 }) {
				continue
			}
			found = append(found, n)
			if !yield(n) {
				return
			}
		}
	}
}

func Numbered(lines []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, l := range lines {
			if strings.TrimSpace(l) != "" && !yield(i+1, l) {
				return
			}
		}
	}
}

func main() {
	p := Playlist{[]string{"intro", "verse", "chorus", "bridge", "outro"}}
	for s := range p.Shuffled(2) {
		fmt.Print(s, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(p.Shuffled(3)))
	for n := range Primes() {
		if n > 20 {
			break
		}
		fmt.Print(n, " ")
	}
	fmt.Println()
	for no, line := range Numbered([]string{"package main", "", "func main() {}"}) {
		fmt.Printf("%d: %s\n", no, line)
	}
	fmt.Println(slices.Sorted(maps.Keys(map[string]int{"b": 1, "a": 2})))
}
