// Exercises: a search over a 2D grid with labeled break carrying found coordinates.
package main

import "fmt"

func main() {
	grid := [][]rune{
		[]rune("....."),
		[]rune("..#.."),
		[]rune("...X."),
		[]rune(".X..."),
	}
	fr, fc := -1, -1
search:
	for r, row := range grid {
		for c, ch := range row {
			if ch == 'X' {
				fr, fc = r, c
				break search
			}
		}
	}
	fmt.Println("first X at", fr, fc)
	walls := 0
	for _, row := range grid {
		for _, ch := range row {
			if ch != '#' {
				continue
			}
			walls++
		}
	}
	fmt.Println("walls:", walls)
}
