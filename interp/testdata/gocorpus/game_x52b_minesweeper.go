package main

import (
	"fmt"
	"math/rand/v2"
)

type Cell struct {
	Mine, Open, Flag bool
	N                int
}

type Field struct {
	w, h  int
	cells [][]Cell
}

func NewField(w, h, mines int, r *rand.Rand) *Field {
	f := &Field{w: w, h: h, cells: make([][]Cell, h)}
	for y := range f.cells {
		f.cells[y] = make([]Cell, w)
	}
	for placed := 0; placed < mines; {
		x, y := r.IntN(w), r.IntN(h)
		if !f.cells[y][x].Mine {
			f.cells[y][x].Mine = true
			placed++
		}
	}
	f.each(func(x, y int, c *Cell) {
		f.neighbors(x, y, func(nx, ny int) {
			if f.cells[ny][nx].Mine {
				c.N++
			}
		})
	})
	return f
}

func (f *Field) each(fn func(x, y int, c *Cell)) {
	for y := range f.cells {
		for x := range f.cells[y] {
			fn(x, y, &f.cells[y][x])
		}
	}
}

func (f *Field) neighbors(x, y int, fn func(nx, ny int)) {
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			nx, ny := x+dx, y+dy
			if (dx != 0 || dy != 0) && nx >= 0 && ny >= 0 && nx < f.w && ny < f.h {
				fn(nx, ny)
			}
		}
	}
}

func (f *Field) Open(x, y int) (boom bool) {
	c := &f.cells[y][x]
	if c.Open || c.Flag {
		return false
	}
	c.Open = true
	if c.Mine {
		return true
	}
	if c.N == 0 {
		f.neighbors(x, y, func(nx, ny int) { f.Open(nx, ny) })
	}
	return false
}

func (f *Field) Print() {
	for y := range f.cells {
		for _, c := range f.cells[y] {
			switch {
			case c.Flag:
				fmt.Print("F")
			case !c.Open:
				fmt.Print("#")
			case c.Mine:
				fmt.Print("*")
			case c.N == 0:
				fmt.Print(" ")
			default:
				fmt.Print(c.N)
			}
		}
		fmt.Println()
	}
}

func main() {
	f := NewField(8, 6, 6, rand.New(rand.NewPCG(3, 4)))
	type act struct {
		op   byte
		x, y int
	}
	script := []act{{'o', 0, 0}, {'o', 7, 5}, {'f', 3, 3}, {'o', 4, 1}, {'o', 2, 5}, {'o', 6, 0}}
	for _, a := range script {
		fmt.Printf("%c %d,%d\n", a.op, a.x, a.y)
		if a.op == 'f' {
			f.cells[a.y][a.x].Flag = !f.cells[a.y][a.x].Flag
		} else if f.Open(a.x, a.y) {
			f.Print()
			fmt.Println("BOOM")
			return
		}
		f.Print()
	}
}
