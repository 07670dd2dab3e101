// Exercises: number spans in a grid, 8-neighbour symbol adjacency, map[[2]int][]int collecting gear neighbours, unicode.IsDigit on runes from [][]rune
package main

import (
	"fmt"
	"strings"
	"unicode"
)

const input = `467..114..
...*......
..35..633.
......#...
617*......
.....+.58.
..592.....
......755.
...$.*....
.664.598..`

func main() {
	var g [][]rune
	for _, l := range strings.Split(input, "\n") {
		g = append(g, []rune(l))
	}
	H, W := len(g), len(g[0])
	sum := 0
	gears := map[[2]int][]int{}
	for r := 0; r < H; r++ {
		for c := 0; c < W; c++ {
			if !unicode.IsDigit(g[r][c]) {
				continue
			}
			start := c
			n := 0
			for c < W && unicode.IsDigit(g[r][c]) {
				n = n*10 + int(g[r][c]-'0')
				c++
			}
			part := false
			seen := map[[2]int]bool{}
			for rr := r - 1; rr <= r+1; rr++ {
				for cc := start - 1; cc <= c; cc++ {
					if rr < 0 || cc < 0 || rr >= H || cc >= W {
						continue
					}
					ch := g[rr][cc]
					if ch != '.' && !unicode.IsDigit(ch) {
						part = true
						if ch == '*' && !seen[[2]int{rr, cc}] {
							seen[[2]int{rr, cc}] = true
							gears[[2]int{rr, cc}] = append(gears[[2]int{rr, cc}], n)
						}
					}
				}
			}
			if part {
				sum += n
			}
		}
	}
	ratio := 0
	for _, v := range gears {
		if len(v) == 2 {
			ratio += v[0] * v[1]
		}
	}
	fmt.Println(sum, ratio, gears)
}
