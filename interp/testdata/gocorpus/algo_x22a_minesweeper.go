package main

import (
	"fmt"
	"math/rand/v2"
)

type Field struct {
	W, H     int
	mines    map[[2]int]bool
	revealed map[[2]int]bool
}

func NewField(w, h, n int, r *rand.Rand) *Field {
	f := &Field{W: w, H: h, mines: map[[2]int]bool{}, revealed: map[[2]int]bool{}}
	for len(f.mines) < n {
		f.mines[[2]int{r.IntN(w), r.IntN(h)}] = true
	}
	return f
}

func (f *Field) neighbours(x, y int) [][2]int {
	var out [][2]int
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			nx, ny := x+dx, y+dy
			if (dx|dy) != 0 && nx >= 0 && ny >= 0 && nx < f.W && ny < f.H {
				out = append(out, [2]int{nx, ny})
			}
		}
	}
	return out
}

func (f *Field) Count(x, y int) int {
	n := 0
	for _, p := range f.neighbours(x, y) {
		if f.mines[p] {
			n++
		}
	}
	return n
}

func (f *Field) Reveal(x, y int) (boom bool, opened int) {
	p := [2]int{x, y}
	if f.mines[p] {
		return true, 0
	}
	stack := [][2]int{p}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if f.revealed[c] {
			continue
		}
		f.revealed[c] = true
		opened++
		if f.Count(c[0], c[1]) == 0 {
			stack = append(stack, f.neighbours(c[0], c[1])...)
		}
	}
	return false, opened
}

func (f *Field) Print(showMines bool) {
	for y := 0; y < f.H; y++ {
		for x := 0; x < f.W; x++ {
			p := [2]int{x, y}
			switch {
			case f.mines[p] && showMines:
				fmt.Print("*")
			case !f.revealed[p]:
				fmt.Print("#")
			case f.Count(x, y) == 0:
				fmt.Print(" ")
			default:
				fmt.Print(f.Count(x, y))
			}
		}
		fmt.Println()
	}
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	f := NewField(10, 8, 9, r)
	for _, click := range [][2]int{{0, 0}, {9, 7}, {5, 4}, {2, 6}} {
		boom, n := f.Reveal(click[0], click[1])
		fmt.Printf("click %v: boom=%v opened=%d\n", click, boom, n)
	}
	f.Print(false)
	fmt.Println()
	f.Print(true)
	fmt.Println(len(f.revealed), "revealed of", f.W*f.H-len(f.mines))
}
