// Exercises: tour-style slices exercise - computing a small 2D picture and printing it as ASCII.
package main

import (
	"fmt"
	"strings"
)

func Pic(dx, dy int) [][]uint8 {
	pic := make([][]uint8, dy)
	for y := range pic {
		pic[y] = make([]uint8, dx)
		for x := range pic[y] {
			pic[y][x] = uint8((x ^ y) * 16)
		}
	}
	return pic
}

func main() {
	shades := " .:-=+*#%@"
	for _, row := range Pic(16, 8) {
		var sb strings.Builder
		for _, v := range row {
			sb.WriteByte(shades[int(v)*len(shades)/256])
		}
		fmt.Println(sb.String())
	}
}
