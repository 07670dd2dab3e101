// Exercises: hex-grid tile flipping with direction tokens parsed from strings, map[string]hex deltas, a struct-keyed set, a few days of a cellular automaton.
package main

import (
	"fmt"
	"strings"
)

const input = `sesenwnenenewseeswwswswwnenewsewsw
neeenesenwnwwswnenewnwwsewnenwseswesw
seswneswswsenwwnwse
nwnwneseeswswnenewneswwnewseswneseene
swweswneswnenwsewnwneneseenw
eesenwseswswnenwswnwnwsewwnwsene
sewnenenenesenwsewnenwwwse
wenwwweseeeweswwwnwwe`

type hex struct{ q, r int }

var dirs = map[string]hex{"e": {1, 0}, "w": {-1, 0}, "ne": {1, -1}, "nw": {0, -1}, "se": {0, 1}, "sw": {-1, 1}}

func main() {
	black := map[hex]bool{}
	for _, line := range strings.Split(input, "\n") {
		var p hex
		for i := 0; i < len(line); i++ {
			tok := line[i : i+1]
			if tok == "n" || tok == "s" {
				tok = line[i : i+2]
				i++
			}
			d := dirs[tok]
			p = hex{p.q + d.q, p.r + d.r}
		}
		if black[p] {
			delete(black, p)
		} else {
			black[p] = true
		}
	}
	fmt.Println("day 0:", len(black))
	for day := 1; day <= 10; day++ {
		adj := map[hex]int{}
		for p := range black {
			for _, d := range dirs {
				adj[hex{p.q + d.q, p.r + d.r}]++
			}
		}
		next := map[hex]bool{}
		for p, n := range adj {
			if n == 2 || n == 1 && black[p] {
				next[p] = true
			}
		}
		black = next
		if day%5 == 0 {
			fmt.Printf("day %d: %d\n", day, len(black))
		}
	}
}
