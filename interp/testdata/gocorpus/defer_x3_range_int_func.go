// Exercises: range over int, range over a function iterator (iter.Seq2), switch without condition
package main

import (
	"fmt"
	"iter"
)

func enumerate(words []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i+1, w) {
				return
			}
		}
	}
}

func main() {
	for i := range 4 {
		fmt.Print(i, ",")
	}
	fmt.Println()
	for n, w := range enumerate([]string{"forward", "backward", "update", "stop"}) {
		if w == "stop" {
			break
		}
		fmt.Println(n, w)
	}
}
