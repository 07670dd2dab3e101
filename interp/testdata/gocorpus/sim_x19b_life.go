package main

import (
	"fmt"
	"strings"
)

type Board struct {
	w, h  int
	cells [][]bool
}

func Parse(rows ...string) *Board {
	b := &Board{w: len(rows[0]), h: len(rows)}
	b.cells = make([][]bool, b.h)
	for y, r := range rows {
		b.cells[y] = make([]bool, b.w)
		for x, c := range r {
			b.cells[y][x] = c == '#'
		}
	}
	return b
}

func (b *Board) alive(x, y int) bool {
	x = (x + b.w) % b.w
	y = (y + b.h) % b.h
	return b.cells[y][x]
}

func (b *Board) neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && b.alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (b *Board) Step() *Board {
	nb := &Board{w: b.w, h: b.h, cells: make([][]bool, b.h)}
	for y := range b.h {
		nb.cells[y] = make([]bool, b.w)
		for x := range b.w {
			n := b.neighbors(x, y)
			nb.cells[y][x] = n == 3 || (n == 2 && b.cells[y][x])
		}
	}
	return nb
}

func (b *Board) String() string {
	var sb strings.Builder
	for _, row := range b.cells {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (b *Board) Population() (n int) {
	for _, row := range b.cells {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return
}

func main() {
	b := Parse(
		".#......",
		"..#.....",
		"###.....",
		"........",
		"........",
		"........",
	)
	seen := map[string]int{}
	for gen := 0; gen <= 8; gen++ {
		if gen%4 == 0 {
			fmt.Printf("gen %d pop %d\n%v", gen, b.Population(), b)
		}
		seen[b.String()]++
		b = b.Step()
	}
	fmt.Println("distinct states:", len(seen))
	blinker := Parse(".....", "..#..", "..#..", "..#..", ".....")
	fmt.Print(blinker.Step())
	fmt.Println(blinker.Step().Step().String() == blinker.String())
}
