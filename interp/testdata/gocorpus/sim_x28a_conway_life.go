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

func NewLife(w, h int, pattern []string) *Life {
	a := NewField(w, h)
	for y, line := range pattern {
		for x, c := range line {
			if c == '#' {
				a.Set(x+1, y+1, true)
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
	for y := range l.h {
		for x := range l.w {
			if l.a.Alive(x, y) {
				n++
			}
		}
	}
	return n
}

func (l *Life) String() string {
	var buf strings.Builder
	fmt.Fprintf(&buf, "gen %d (pop %d)\n", l.gen, l.Population())
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
	blinker := NewLife(5, 5, []string{"", " #", " #", " #"})
	for i := 0; i < 3; i++ {
		fmt.Print(blinker)
		blinker.Step()
	}
	glider := NewLife(8, 8, []string{".#.", "..#", "###"})
	for i := 0; i <= 8; i++ {
		if i%4 == 0 {
			fmt.Print(glider)
		}
		glider.Step()
	}
	r := NewLife(20, 20, []string{"", "", "", "", "", "", "", "       .##", "       ##.", "        #."})
	for i := 0; i < 50; i++ {
		r.Step()
	}
	fmt.Println("r-pentomino after", r.gen, "generations on a torus:", r.Population())
}
