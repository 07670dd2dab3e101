// Exercises: hex grid walk with cube coordinates in a struct, direction table in a map[string][3]int, hand-written abs and max, tile flipping with map[struct]bool
package main

import (
	"fmt"
	"strings"
)

type cube struct{ x, y, z int }

var dirs = map[string][3]int{
	"n": {0, 1, -1}, "ne": {1, 0, -1}, "se": {1, -1, 0},
	"s": {0, -1, 1}, "sw": {-1, 0, 1}, "nw": {-1, 1, 0},
}

func abs(a int) int {
	if a < 0 {
		return -a
	}
	return a
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func dist(c cube) int { return max(abs(c.x), max(abs(c.y), abs(c.z))) }

func main() {
	paths := []string{"ne,ne,ne", "ne,ne,sw,sw", "ne,ne,s,s", "se,sw,se,sw,sw", "n,n,nw,se,s,ne"}
	flipped := map[cube]bool{}
	for _, p := range paths {
		var c cube
		far := 0
		for _, step := range strings.Split(p, ",") {
			d := dirs[step]
			c.x += d[0]
			c.y += d[1]
			c.z += d[2]
			far = max(far, dist(c))
		}
		flipped[c] = !flipped[c]
		fmt.Printf("%-16s end=%v dist=%d furthest=%d\n", p, c, dist(c), far)
	}
	black := 0
	for _, b := range flipped {
		if b {
			black++
		}
	}
	fmt.Println("black:", black, len(flipped))
}
