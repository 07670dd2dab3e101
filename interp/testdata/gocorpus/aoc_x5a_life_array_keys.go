// Exercises: Conway's life on an unbounded grid keyed by [2]int arrays, neighbour counts in a map, struct keys for a bounding box.
package main

import (
	"fmt"
	"strings"
)

const start = `.#.
..#
###`

type cell = [2]int

type box struct{ minR, minC, maxR, maxC int }

func step(live map[cell]bool) map[cell]bool {
	counts := map[cell]int{}
	for c := range live {
		for dr := -1; dr <= 1; dr++ {
			for dc := -1; dc <= 1; dc++ {
				if dr != 0 || dc != 0 {
					counts[cell{c[0] + dr, c[1] + dc}]++
				}
			}
		}
	}
	next := map[cell]bool{}
	for c, n := range counts {
		if n == 3 || n == 2 && live[c] {
			next[c] = true
		}
	}
	return next
}

func bounds(live map[cell]bool) box {
	b := box{1 << 30, 1 << 30, -1 << 30, -1 << 30}
	for c := range live {
		b = box{min(b.minR, c[0]), min(b.minC, c[1]), max(b.maxR, c[0]), max(b.maxC, c[1])}
	}
	return b
}

func main() {
	live := map[cell]bool{}
	for r, line := range strings.Split(start, "\n") {
		for c, ch := range line {
			if ch == '#' {
				live[cell{r, c}] = true
			}
		}
	}
	seen := map[box]int{}
	for gen := 0; gen <= 8; gen++ {
		b := bounds(live)
		seen[b]++
		if gen%4 == 0 {
			fmt.Println(gen, len(live), b, live[cell{b.minR, b.minC}])
		}
		live = step(live)
	}
	fmt.Println(len(seen), seen[box{2, 2, 4, 4}])
}
