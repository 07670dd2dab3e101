// Exercises: Levenshtein distance with a 2-row DP over runes, generic min3 helper, %q output
package main

import "fmt"

type number interface{ ~int | ~float64 }

func min3[T number](a, b, c T) T {
	m := a
	if b < m {
		m = b
	}
	if c < m {
		m = c
	}
	return m
}

func lev(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min3(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func main() {
	pairs := [][2]string{{"kitten", "sitting"}, {"rosettacode", "raisethysword"}, {"", "abc"}, {"héllo", "hello"}, {"saturday", "sunday"}}
	for _, p := range pairs {
		fmt.Printf("%q -> %q: %d\n", p[0], p[1], lev(p[0], p[1]))
	}
	fmt.Println(min3(2.5, 1.5, 3.0))
}
