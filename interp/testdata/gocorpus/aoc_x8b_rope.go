// Exercises: rope simulation with [10][2]int knots, sign helper, visited map[[2]int]struct{}, per-move direction lookup via switch on byte
package main

import (
	"fmt"
	"strings"
)

const input = `R 5
U 8
L 8
D 3
R 17
D 10
L 25
U 20`

func sign(x int) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func simulate(n int) int {
	knots := make([][2]int, n)
	seen := map[[2]int]struct{}{{0, 0}: {}}
	for _, l := range strings.Split(input, "\n") {
		var dir byte
		var cnt int
		fmt.Sscanf(l, "%c %d", &dir, &cnt)
		for ; cnt > 0; cnt-- {
			switch dir {
			case 'R':
				knots[0][0]++
			case 'L':
				knots[0][0]--
			case 'U':
				knots[0][1]++
			case 'D':
				knots[0][1]--
			}
			for i := 1; i < n; i++ {
				dx := knots[i-1][0] - knots[i][0]
				dy := knots[i-1][1] - knots[i][1]
				if abs(dx) > 1 || abs(dy) > 1 {
					knots[i][0] += sign(dx)
					knots[i][1] += sign(dy)
				}
			}
			seen[knots[n-1]] = struct{}{}
		}
	}
	return len(seen)
}

func main() {
	fmt.Println(simulate(2), simulate(10))
}
