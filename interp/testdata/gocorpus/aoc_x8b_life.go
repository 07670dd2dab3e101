// Exercises: Game of Life on [][]byte with 8 neighbour offsets dr/dc arrays, double-buffer swap, generation count, counting with bytes.Count
package main

import (
	"bytes"
	"fmt"
	"strings"
)

const input = `.#.#.#
...##.
#....#
..#...
#.#..#
####..`

var dr = [8]int{-1, -1, -1, 0, 0, 1, 1, 1}
var dc = [8]int{-1, 0, 1, -1, 1, -1, 0, 1}

func step(cur [][]byte, corners bool) [][]byte {
	n := len(cur)
	next := make([][]byte, n)
	for r := range cur {
		next[r] = make([]byte, len(cur[r]))
		for c := range cur[r] {
			on := 0
			for k := 0; k < 8; k++ {
				rr, cc := r+dr[k], c+dc[k]
				if rr >= 0 && rr < n && cc >= 0 && cc < len(cur[r]) && cur[rr][cc] == '#' {
					on++
				}
			}
			if on == 3 || (on == 2 && cur[r][c] == '#') {
				next[r][c] = '#'
			} else {
				next[r][c] = '.'
			}
		}
	}
	if corners {
		last := n - 1
		next[0][0], next[0][last], next[last][0], next[last][last] = '#', '#', '#', '#'
	}
	return next
}

func main() {
	for _, corners := range []bool{false, true} {
		var g [][]byte
		for _, l := range strings.Split(input, "\n") {
			g = append(g, []byte(l))
		}
		for i := 0; i < 5; i++ {
			g = step(g, corners)
		}
		fmt.Println(bytes.Count(bytes.Join(g, nil), []byte("#")))
		fmt.Printf("%s\n", bytes.Join(g, []byte("\n")))
	}
}
