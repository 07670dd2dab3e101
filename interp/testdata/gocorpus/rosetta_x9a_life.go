// Exercises: Game of Life on a fixed 2D array board copied by value each generation
package main

import "fmt"

const W, H = 8, 6

type board [H][W]bool

func (b board) alive(x, y int) bool {
	x = (x + W) % W
	y = (y + H) % H
	return b[y][x]
}

func (b board) step() board {
	var nb board
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if (dx != 0 || dy != 0) && b.alive(x+dx, y+dy) {
						n++
					}
				}
			}
			nb[y][x] = n == 3 || n == 2 && b[y][x]
		}
	}
	return nb
}

func (b board) String() string {
	s := ""
	for _, row := range b {
		for _, c := range row {
			if c {
				s += "#"
			} else {
				s += "."
			}
		}
		s += "\n"
	}
	return s
}

func main() {
	var b board
	b[0][1], b[1][2], b[2][0], b[2][1], b[2][2] = true, true, true, true, true
	start := b
	for g := 0; g < 4; g++ {
		b = b.step()
	}
	fmt.Print(start, "--\n", b)
	fmt.Println(start == b, start[0][1], b[0][1])
}
