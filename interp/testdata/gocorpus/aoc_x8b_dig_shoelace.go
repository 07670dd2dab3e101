// Exercises: shoelace formula plus Pick's theorem with int64, hex colour parsing with strconv.ParseInt base 16, direction map[byte][2]int64, hand-written abs on int64
package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = `R 6 (#70c710)
D 5 (#0dc571)
L 2 (#5713f0)
D 2 (#d2c081)
R 2 (#59c680)
D 2 (#411b91)
L 5 (#8ceee2)
U 2 (#caa173)
L 1 (#1b58a2)
U 2 (#caa171)
R 2 (#7807d2)
U 3 (#a77fa3)
L 2 (#015232)
U 2 (#7a21e3)`

var dirs = map[byte][2]int64{'R': {1, 0}, 'D': {0, 1}, 'L': {-1, 0}, 'U': {0, -1}}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func area(steps [][2]int64) int64 {
	var x, y, a2, perim int64
	for _, s := range steps {
		nx, ny := x+s[0], y+s[1]
		a2 += x*ny - nx*y
		perim += abs64(s[0]) + abs64(s[1])
		x, y = nx, ny
	}
	return abs64(a2)/2 + perim/2 + 1
}

func main() {
	var p1, p2 [][2]int64
	for _, l := range strings.Split(input, "\n") {
		f := strings.Fields(l)
		n, _ := strconv.ParseInt(f[1], 10, 64)
		d := dirs[f[0][0]]
		p1 = append(p1, [2]int64{d[0] * n, d[1] * n})
		hex := strings.Trim(f[2], "(#)")
		dist, err := strconv.ParseInt(hex[:5], 16, 64)
		if err != nil {
			fmt.Println(err)
			return
		}
		d2 := dirs["RDLU"[hex[5]-'0']]
		p2 = append(p2, [2]int64{d2[0] * dist, d2[1] * dist})
	}
	fmt.Println(area(p1), area(p2))
}
