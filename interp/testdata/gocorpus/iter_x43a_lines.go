package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Lines(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		n := 1
		for line := range strings.Lines(s) {
			if !yield(n, strings.TrimRight(line, "\n")) {
				return
			}
			n++
		}
	}
}

func Filter[T any](seq iter.Seq2[int, T], keep func(T) bool) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range seq {
			if keep(v) && !yield(i, v) {
				return
			}
		}
	}
}

func Words(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for f := range strings.FieldsSeq(s) {
			if !yield(strings.ToLower(strings.Trim(f, ".,"))) {
				return
			}
		}
	}
}

const poem = `Two roads diverged in a yellow wood,
And sorry I could not travel both
And be one traveler, long I stood

And looked down one as far as I could
To where it bent in the undergrowth;`

func main() {
	for n, l := range Filter(Lines(poem), func(s string) bool { return strings.HasPrefix(s, "And") }) {
		fmt.Printf("%3d: %s\n", n, l)
	}
	for n, l := range Lines(poem) {
		if l == "" {
			fmt.Println("blank at", n)
			break
		}
	}
	freq := map[string]int{}
	for w := range Words(poem) {
		freq[w]++
	}
	keys := slices.Sorted(maps.Keys(freq))
	fmt.Println(len(keys), keys[:5])
	byCount := slices.SortedFunc(maps.Keys(freq), func(a, b string) int {
		if freq[a] != freq[b] {
			return freq[b] - freq[a]
		}
		return strings.Compare(a, b)
	})
	for _, w := range byCount[:4] {
		fmt.Printf("%s=%d ", w, freq[w])
	}
	fmt.Println()
	parts := slices.Collect(strings.SplitSeq("a,b,,c", ","))
	fmt.Printf("%q\n", parts)
	for c := range slices.Chunk([]string{"x", "y", "z", "w", "v"}, 2) {
		fmt.Print(c, " ")
	}
	fmt.Println()
	next, stop := iter.Pull(Words("One two THREE."))
	defer stop()
	for {
		w, ok := next()
		if !ok {
			break
		}
		fmt.Print("<", w, ">")
	}
	fmt.Println()
}
