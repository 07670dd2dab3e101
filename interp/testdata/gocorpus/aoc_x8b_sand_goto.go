// Exercises: falling sand on map[[2]int]bool with goto to restart a grain, rock paths parsed with strings.Split and Sscanf "%d,%d", builtin min/max, floor rule
package main

import (
	"fmt"
	"strings"
)

const input = `498,4 -> 498,6 -> 496,6
503,4 -> 502,4 -> 502,9 -> 494,9`

func main() {
	rock := map[[2]int]bool{}
	maxY := 0
	for _, l := range strings.Split(input, "\n") {
		pts := strings.Split(l, " -> ")
		for i := 1; i < len(pts); i++ {
			var x1, y1, x2, y2 int
			fmt.Sscanf(pts[i-1], "%d,%d", &x1, &y1)
			fmt.Sscanf(pts[i], "%d,%d", &x2, &y2)
			for x := min(x1, x2); x <= max(x1, x2); x++ {
				for y := min(y1, y2); y <= maxY+1000 && y <= max(y1, y2); y++ {
					rock[[2]int{x, y}] = true
				}
			}
			maxY = max(maxY, max(y1, y2))
		}
	}
	for _, floor := range []bool{false, true} {
		filled := map[[2]int]bool{}
		for k, v := range rock {
			filled[k] = v
		}
		grains := 0
	grain:
		if filled[[2]int{500, 0}] {
			goto done
		}
		{
			x, y := 500, 0
			for {
				if y > maxY && !floor {
					goto done
				}
				if y == maxY+1 {
					break
				}
				if !filled[[2]int{x, y + 1}] {
					y++
				} else if !filled[[2]int{x - 1, y + 1}] {
					x, y = x-1, y+1
				} else if !filled[[2]int{x + 1, y + 1}] {
					x, y = x+1, y+1
				} else {
					break
				}
			}
			filled[[2]int{x, y}] = true
			grains++
			goto grain
		}
	done:
		fmt.Println(floor, grains)
	}
}
