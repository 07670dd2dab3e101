// Exercises: recursive flood fill on [][]rune with 8-neighbour offsets, island sizes sorted, global grid and size
package main

import (
	"fmt"
	"sort"
	"strings"
)

const input = `##..#....#
#...##...#
....#....#
..........
.##.....##
.#......#.
....#.....
...###....`

var g [][]rune
var rows, cols int

var d8 = [8][2]int{{-1, -1}, {-1, 0}, {-1, 1}, {0, -1}, {0, 1}, {1, -1}, {1, 0}, {1, 1}}

func fill(r, c int) int {
	if r < 0 || c < 0 || r >= rows || c >= cols || g[r][c] != '#' {
		return 0
	}
	g[r][c] = '~'
	n := 1
	for _, d := range d8 {
		n += fill(r+d[0], c+d[1])
	}
	return n
}

func main() {
	for _, l := range strings.Split(input, "\n") {
		g = append(g, []rune(l))
	}
	rows, cols = len(g), len(g[0])
	var sizes []int
	for r := range g {
		for c := range g[r] {
			if s := fill(r, c); s > 0 {
				sizes = append(sizes, s)
			}
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
	fmt.Println(len(sizes), sizes)
	for _, row := range g {
		fmt.Println(string(row))
	}
}
