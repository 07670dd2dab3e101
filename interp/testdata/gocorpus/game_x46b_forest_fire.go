package main

import (
	"fmt"
	"math/rand/v2"
)

type Cell byte

const (
	Empty Cell = '.'
	Tree  Cell = 'T'
	Fire  Cell = '*'
)

type Forest struct {
	W, H  int
	Cells []Cell
	rng   *rand.Rand
}

func (f *Forest) Get(x, y int) Cell {
	if x < 0 || y < 0 || x >= f.W || y >= f.H {
		return Empty
	}
	return f.Cells[y*f.W+x]
}

func (f *Forest) Step(grow, lightning float64) {
	next := make([]Cell, len(f.Cells))
	for y := 0; y < f.H; y++ {
		for x := 0; x < f.W; x++ {
			c := f.Get(x, y)
			switch c {
			case Fire:
				next[y*f.W+x] = Empty
			case Tree:
				burning := f.Get(x-1, y) == Fire || f.Get(x+1, y) == Fire ||
					f.Get(x, y-1) == Fire || f.Get(x, y+1) == Fire
				if burning || f.rng.Float64() < lightning {
					next[y*f.W+x] = Fire
				} else {
					next[y*f.W+x] = Tree
				}
			default:
				if f.rng.Float64() < grow {
					next[y*f.W+x] = Tree
				} else {
					next[y*f.W+x] = Empty
				}
			}
		}
	}
	f.Cells = next
}

func (f *Forest) Count() map[Cell]int {
	m := map[Cell]int{}
	for _, c := range f.Cells {
		m[c]++
	}
	return m
}

func main() {
	f := &Forest{W: 30, H: 10, rng: rand.New(rand.NewPCG(1, 2))}
	f.Cells = make([]Cell, f.W*f.H)
	for i := range f.Cells {
		if f.rng.Float64() < 0.55 {
			f.Cells[i] = Tree
		} else {
			f.Cells[i] = Empty
		}
	}
	for step := 0; step <= 30; step++ {
		if step%10 == 0 {
			c := f.Count()
			fmt.Printf("step %d: trees=%d fire=%d empty=%d\n", step, c[Tree], c[Fire], c[Empty])
			for y := 0; y < f.H; y++ {
				fmt.Println(string(f.Cells[y*f.W : (y+1)*f.W]))
			}
		}
		f.Step(0.02, 0.002)
	}
	fmt.Printf("%v %q %c\n", Tree, Fire, Empty)
}
