// Exercises: range over iter.Seq2 with continue and return from inside the loop body in a helper.
package main

import (
	"fmt"
	"iter"
)

func Indexed(words []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i, w) {
				return
			}
		}
	}
}

func firstLong(words []string, n int) (int, string) {
	for i, w := range Indexed(words) {
		if len(w) >= n {
			return i, w
		}
	}
	return -1, ""
}

func main() {
	words := []string{"go", "is", "a", "delightful", "language"}
	for i, w := range Indexed(words) {
		if len(w) < 2 {
			continue
		}
		fmt.Println(i, w)
	}
	fmt.Println(firstLong(words, 5))
	fmt.Println(firstLong(words, 50))
}
