// Exercises: range-over-func with break, yield returning false, and cleanup running.
package main

import (
	"fmt"
	"iter"
)

func Items(log *[]string) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() { *log = append(*log, "cleanup") }()
		for i := 10; i < 20; i++ {
			*log = append(*log, fmt.Sprint("yield ", i))
			if !yield(i) {
				*log = append(*log, "consumer stopped")
				return
			}
		}
	}
}

func main() {
	var log []string
	for v := range Items(&log) {
		if v == 12 {
			break
		}
		log = append(log, fmt.Sprint("got ", v))
	}
	for _, l := range log {
		fmt.Println(l)
	}
}
