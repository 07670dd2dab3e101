package main

import (
	"bytes"
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Count[V any](seq iter.Seq[V]) int {
	n := 0
	for range seq {
		n++
	}
	return n
}

func Filter[V any](seq iter.Seq[V], keep func(V) bool) iter.Seq[V] {
	return func(yield func(V) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Enumerate[V any](seq iter.Seq[V]) iter.Seq2[int, V] {
	return func(yield func(int, V) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

const text = "alpha\nbeta\n\ngamma\n"

func main() {
	fmt.Println(Count(strings.Lines(text)), Count(strings.SplitSeq("a,b,c", ",")))
	long := Filter(strings.FieldsSeq("go is fun to write"), func(w string) bool { return len(w) > 2 })
	fmt.Println(slices.Collect(long))
	for i, line := range Enumerate(strings.Lines(text)) {
		fmt.Printf("%d:%q ", i, line)
	}
	fmt.Println()
	var lines iter.Seq[string] = strings.Lines("x\ny")
	fmt.Println(Count(lines), Count(bytes.Lines([]byte("1\n2\n3"))))
}
