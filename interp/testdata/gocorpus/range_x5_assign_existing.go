// Exercises: range loops that assign existing variables (a found index,
// the last key, a named result), then read them after the loop.
package main

import "fmt"

func first(xs []int, target int) (idx int) {
	for idx = range xs {
		if xs[idx] == target {
			return
		}
	}
	return -1
}

func main() {
	var i, v int
	for i, v = range []int{10, 20, 30} {
		if v >= 20 {
			break
		}
	}
	fmt.Println("stopped at", i, v)
	var key string
	for key = range map[string]int{"only": 1} {
	}
	fmt.Println("key:", key)
	fmt.Println(first([]int{5, 6, 7}, 6), first([]int{1}, 9))
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	close(ch)
	var last string
	n := 0
	for last = range ch {
		n++
	}
	fmt.Println(n, last)
	words := []string{"x", "yy"}
	var w string
	for _, w = range words {
	}
	fmt.Println(w)
}
