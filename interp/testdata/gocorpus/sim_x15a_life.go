package main

import (
	"fmt"
	"strings"
)

type Board struct {
	w, h  int
	cells [][]bool
}

func Parse(s string) *Board {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	b := &Board{w: len(lines[0]), h: len(lines)}
	for _, l := range lines {
		row := make([]bool, b.w)
		for i, c := range l {
			row[i] = c == '#'
		}
		b.cells = append(b.cells, row)
	}
	return b
}

func (b *Board) Alive(x, y int) bool {
	x = (x + b.w) % b.w
	y = (y + b.h) % b.h
	return b.cells[y][x]
}

func (b *Board) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && b.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (b *Board) Step() *Board {
	nb := &Board{w: b.w, h: b.h, cells: make([][]bool, b.h)}
	for y := range nb.cells {
		nb.cells[y] = make([]bool, b.w)
		for x := range nb.cells[y] {
			n := b.Neighbors(x, y)
			nb.cells[y][x] = n == 3 || (n == 2 && b.cells[y][x])
		}
	}
	return nb
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

func main() {
	b := Parse(`
.#......
..#.....
###.....
........
........
.....##.
.....##.
........`)
	seen := map[string]int{}
	for gen := 0; gen <= 8; gen++ {
		key := b.String()
		if prev, ok := seen[key]; ok {
			fmt.Printf("gen %d repeats gen %d\n", gen, prev)
		}
		seen[key] = gen
		if gen%4 == 0 {
			fmt.Printf("gen %d pop %d\n%s", gen, b.Population(), b)
		}
		b = b.Step()
	}
	blinker := Parse(".....\n..#..\n..#..\n..#..\n.....")
	fmt.Print(blinker.Step())
	fmt.Println(blinker.Step().Step().String() == blinker.String(), blinker.Neighbors(2, 2), blinker.Neighbors(0, 0))
}
