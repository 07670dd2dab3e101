package main

import (
	"fmt"
	"strings"
)

type World struct {
	w, h  int
	cells []bool
}

func NewWorld(w, h int, pattern ...string) *World {
	wd := &World{w: w, h: h, cells: make([]bool, w*h)}
	for y, line := range pattern {
		for x, ch := range line {
			if ch == '#' {
				wd.Set(x+1, y+1, true)
			}
		}
	}
	return wd
}

func (w *World) idx(x, y int) int {
	x = (x + w.w) % w.w
	y = (y + w.h) % w.h
	return y*w.w + x
}

func (w *World) Set(x, y int, v bool) { w.cells[w.idx(x, y)] = v }
func (w *World) Alive(x, y int) bool  { return w.cells[w.idx(x, y)] }

func (w *World) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && w.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (w *World) Step() *World {
	next := &World{w: w.w, h: w.h, cells: make([]bool, len(w.cells))}
	for y := 0; y < w.h; y++ {
		for x := 0; x < w.w; x++ {
			n := w.Neighbors(x, y)
			alive := w.Alive(x, y)
			next.Set(x, y, n == 3 || (alive && n == 2))
		}
	}
	return next
}

func (w *World) Population() (n int) {
	for _, c := range w.cells {
		if c {
			n++
		}
	}
	return
}

func (w *World) String() string {
	var sb strings.Builder
	for y := 0; y < w.h; y++ {
		for x := 0; x < w.w; x++ {
			if w.Alive(x, y) {
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
	w := NewWorld(8, 8, ".#.", "..#", "###")
	for gen := 0; gen <= 8; gen++ {
		if gen%4 == 0 {
			fmt.Printf("gen %d pop %d\n%v", gen, w.Population(), w)
		}
		w = w.Step()
	}
}
