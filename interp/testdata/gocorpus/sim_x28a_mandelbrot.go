package main

import (
	"fmt"
	"math/cmplx"
	"strings"
)

const (
	width   = 72
	height  = 24
	maxIter = 50
)

var palette = []byte(" .:-=+*#%@")

func escape(c complex128) int {
	z := complex(0, 0)
	for i := 0; i < maxIter; i++ {
		z = z*z + c
		if cmplx.Abs(z) > 2 {
			return i
		}
	}
	return maxIter
}

func mandelbrot(xmin, xmax, ymin, ymax float64) []string {
	rows := make([]string, 0, height)
	for y := 0; y < height; y++ {
		var line strings.Builder
		im := ymax - float64(y)*(ymax-ymin)/float64(height-1)
		for x := 0; x < width; x++ {
			re := xmin + float64(x)*(xmax-xmin)/float64(width-1)
			n := escape(complex(re, im))
			if n == maxIter {
				line.WriteByte('@')
			} else {
				line.WriteByte(palette[n%(len(palette)-1)])
			}
		}
		rows = append(rows, strings.TrimRight(line.String(), " "))
	}
	return rows
}

func julia(c complex128, w, h int) [][]int {
	grid := make([][]int, h)
	for y := range grid {
		grid[y] = make([]int, w)
		for x := range grid[y] {
			z := complex(-1.5+3*float64(x)/float64(w-1), 1.0-2*float64(y)/float64(h-1))
			i := 0
			for ; i < 30 && real(z)*real(z)+imag(z)*imag(z) < 4; i++ {
				z = z*z + c
			}
			grid[y][x] = i
		}
	}
	return grid
}

func main() {
	for _, row := range mandelbrot(-2.1, 0.7, -1.2, 1.2) {
		fmt.Println(row)
	}
	inside := 0
	for _, row := range mandelbrot(-2, 0.5, -1, 1) {
		inside += strings.Count(row, "@")
	}
	fmt.Println("points inside:", inside)

	g := julia(complex(-0.8, 0.156), 40, 12)
	for _, row := range g {
		for _, v := range row {
			if v >= 30 {
				fmt.Print("#")
			} else if v > 10 {
				fmt.Print("+")
			} else {
				fmt.Print(" ")
			}
		}
		fmt.Println("|")
	}
	fmt.Printf("%v %.3f\n", complex(1, -2)*complex(0, 1), cmplx.Abs(3+4i))
}
