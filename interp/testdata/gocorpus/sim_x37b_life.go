// Conway's Game of Life on a small torus.
package main

import (
	"fmt"
	"strings"
)

type Field struct {
	s    [][]bool
	w, h int
}

func NewField(w, h int) *Field {
	s := make([][]bool, h)
	for i := range s {
		s[i] = make([]bool, w)
	}
	return &Field{s: s, w: w, h: h}
}

func (f *Field) Set(x, y int, b bool) { f.s[y][x] = b }

func (f *Field) Alive(x, y int) bool {
	x += f.w
	x %= f.w
	y += f.h
	y %= f.h
	return f.s[y][x]
}

func (f *Field) Next(x, y int) bool {
	alive := 0
	for i := -1; i <= 1; i++ {
		for j := -1; j <= 1; j++ {
			if (j != 0 || i != 0) && f.Alive(x+i, y+j) {
				alive++
			}
		}
	}
	return alive == 3 || alive == 2 && f.Alive(x, y)
}

type Life struct {
	a, b *Field
	w, h int
	gen  int
}

func NewLife(rows ...string) *Life {
	h, w := len(rows), len(rows[0])
	a := NewField(w, h)
	for y, row := range rows {
		for x, c := range row {
			a.Set(x, y, c == '#')
		}
	}
	return &Life{a: a, b: NewField(w, h), w: w, h: h}
}

func (l *Life) Step() {
	for y := 0; y < l.h; y++ {
		for x := 0; x < l.w; x++ {
			l.b.Set(x, y, l.a.Next(x, y))
		}
	}
	l.a, l.b = l.b, l.a
	l.gen++
}

func (l *Life) Population() int {
	n := 0
	for _, row := range l.a.s {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return n
}

func (l *Life) String() string {
	var buf strings.Builder
	for y := 0; y < l.h; y++ {
		for x := 0; x < l.w; x++ {
			b := byte('.')
			if l.a.Alive(x, y) {
				b = '#'
			}
			buf.WriteByte(b)
		}
		buf.WriteByte('\n')
	}
	return buf.String()
}

func main() {
	l := NewLife(
		"..........",
		"..#.......",
		"...#......",
		".###......",
		"..........",
		"##........",
		"##........",
		"..........",
	)
	for i := 0; i < 4; i++ {
		fmt.Printf("generation %d, population %d\n%v", l.gen, l.Population(), l)
		l.Step()
	}
	for range 6 {
		l.Step()
	}
	fmt.Printf("generation %d, population %d\n%v", l.gen, l.Population(), l)

	blinker := NewLife(".....", "..#..", "..#..", "..#..", ".....")
	seen := map[string]int{}
	for !(seen[blinker.String()] > 0) {
		seen[blinker.String()] = blinker.gen + 1
		blinker.Step()
	}
	fmt.Printf("blinker repeats at generation %d (first seen %d)\n", blinker.gen, seen[blinker.String()]-1)
}
