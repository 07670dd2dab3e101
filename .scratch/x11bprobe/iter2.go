package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Pairs(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i, i*i) {
				return
			}
		}
	}
}

func find(target int) (int, bool) {
	for i, sq := range Pairs(100) {
		if sq == target {
			return i, true
		}
	}
	return -1, false
}

func nested() []string {
	var out []string
outer:
	for i := range Pairs(4) {
		for j := range Pairs(4) {
			if j > i {
				continue outer
			}
			if i == 3 {
				break outer
			}
			out = append(out, fmt.Sprint(i, j))
		}
	}
	return out
}

func deferred() (s string) {
	for i := range Pairs(3) {
		defer func() { s += fmt.Sprint(i) }()
	}
	return "d:"
}

func main() {
	fmt.Println(find(49))
	fmt.Println(find(50))
	fmt.Println(nested())
	fmt.Println(deferred())
	next, stop := iter.Pull(maps.Keys(map[string]int{"only": 1}))
	k, ok := next()
	_, ok2 := next()
	stop()
	fmt.Println(k, ok, ok2)
	fmt.Println(slices.Collect(maps.Values(map[int]int{1: 10})))
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c)
	}
	fmt.Println()
}
