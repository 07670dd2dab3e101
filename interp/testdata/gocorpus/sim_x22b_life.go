package main

import (
	"fmt"
	"strings"
)

const start = `
.#.......
..#......
###......
.........
.........
.........
.........`

type Board struct {
	w, h  int
	cells []bool
}

func Parse(s string) *Board {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	b := &Board{w: len(lines[0]), h: len(lines)}
	b.cells = make([]bool, b.w*b.h)
	for y, l := range lines {
		for x, c := range l {
			b.cells[y*b.w+x] = c == '#'
		}
	}
	return b
}

func (b *Board) Alive(x, y int) bool {
	x = (x + b.w) % b.w
	y = (y + b.h) % b.h
	return b.cells[y*b.w+x]
}

func (b *Board) Step() *Board {
	nb := &Board{w: b.w, h: b.h, cells: make([]bool, len(b.cells))}
	for y := 0; y < b.h; y++ {
		for x := 0; x < b.w; x++ {
			n := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if (dx != 0 || dy != 0) && b.Alive(x+dx, y+dy) {
						n++
					}
				}
			}
			alive := b.Alive(x, y)
			nb.cells[y*b.w+x] = n == 3 || (alive && n == 2)
		}
	}
	return nb
}

func (b *Board) String() string {
	var sb strings.Builder
	for y := 0; y < b.h; y++ {
		for x := 0; x < b.w; x++ {
			if b.Alive(x, y) {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (b *Board) Count() (n int) {
	for _, c := range b.cells {
		if c {
			n++
		}
	}
	return
}

func main() {
	b := Parse(start)
	seen := map[string]int{}
	for gen := 0; gen < 40; gen++ {
		k := b.String()
		if prev, ok := seen[k]; ok {
			fmt.Printf("cycle: gen %d repeats gen %d\n", gen, prev)
			break
		}
		seen[k] = gen
		if gen%9 == 0 {
			fmt.Printf("gen %d (%d alive):\n%v", gen, b.Count(), b)
		}
		b = b.Step()
	}
	fmt.Print(b)
}
