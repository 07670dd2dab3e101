package main

import (
	"bytes"
	"fmt"
)

// Field represents a two-dimensional field of cells.
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

// Alive reports whether the cell is alive, wrapping around the edges.
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

func NewLife(w, h int, pattern []string, ox, oy int) *Life {
	a := NewField(w, h)
	for y, row := range pattern {
		for x, c := range row {
			if c == '#' {
				a.Set(ox+x, oy+y, true)
			}
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
	for y := 0; y < l.h; y++ {
		for x := 0; x < l.w; x++ {
			if l.a.Alive(x, y) {
				n++
			}
		}
	}
	return n
}

func (l *Life) String() string {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "gen %d, population %d\n", l.gen, l.Population())
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
	glider := []string{".#.", "..#", "###"}
	l := NewLife(8, 6, glider, 0, 0)
	for i := 0; i < 3; i++ {
		fmt.Print(l)
		l.Step()
		l.Step()
	}

	blinker := NewLife(5, 5, []string{"###"}, 1, 2)
	fmt.Print(blinker)
	blinker.Step()
	fmt.Print(blinker)

	rpent := NewLife(30, 30, []string{".##", "##.", ".#."}, 14, 14)
	var pops []int
	for i := 0; i < 40; i++ {
		rpent.Step()
		if i%8 == 7 {
			pops = append(pops, rpent.Population())
		}
	}
	fmt.Println("r-pentomino populations:", pops)
}
