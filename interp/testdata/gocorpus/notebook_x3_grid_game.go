// Exercises: notebook style: package-level 2-D array grid, helpers that place and count, string rendering
package main

import (
	"fmt"
	"strings"
)

const N = 4

var grid [N][N]byte
var placed int

func reset() {
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
}

func place(r, c int) {
	if grid[r][c] == '.' {
		grid[r][c] = '#'
		placed++
	}
}

func render() string {
	var sb strings.Builder
	for _, row := range grid {
		sb.Write(row[:])
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	reset()
	place(0, 0)
	place(1, 2)
	place(1, 2)
	place(3, 3)
	fmt.Print(render())
	fmt.Println("placed", placed)
}
