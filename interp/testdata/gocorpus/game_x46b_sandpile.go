package main

import (
	"fmt"
	"strings"
)

type Sandpile struct {
	N    int
	Grid [][]int
}

func New(n int) *Sandpile {
	g := make([][]int, n)
	for i := range g {
		g[i] = make([]int, n)
	}
	return &Sandpile{N: n, Grid: g}
}

// Topple relaxes the pile and returns the number of topplings (avalanche size).
func (s *Sandpile) Topple() int {
	type cell struct{ i, j int }
	var stack []cell
	for i := range s.Grid {
		for j := range s.Grid[i] {
			if s.Grid[i][j] >= 4 {
				stack = append(stack, cell{i, j})
			}
		}
	}
	count := 0
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if s.Grid[c.i][c.j] < 4 {
			continue
		}
		s.Grid[c.i][c.j] -= 4
		count++
		if s.Grid[c.i][c.j] >= 4 {
			stack = append(stack, c)
		}
		for _, d := range [4][2]int{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
			ni, nj := c.i+d[0], c.j+d[1]
			if ni < 0 || nj < 0 || ni >= s.N || nj >= s.N {
				continue // sand falls off the edge
			}
			s.Grid[ni][nj]++
			if s.Grid[ni][nj] == 4 {
				stack = append(stack, cell{ni, nj})
			}
		}
	}
	return count
}

func (s *Sandpile) String() string {
	var b strings.Builder
	for _, row := range s.Grid {
		for _, v := range row {
			b.WriteByte(" .:#"[v])
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	s := New(21)
	sizes := map[int]int{}
	for grain := 1; grain <= 2000; grain++ {
		s.Grid[10][10]++
		n := s.Topple()
		sizes[n]++
	}
	fmt.Print(s)
	total := 0
	for _, row := range s.Grid {
		for _, v := range row {
			total += v
		}
	}
	fmt.Println("grains on table:", total)
	fmt.Println("avalanche sizes 0..5:", sizes[0], sizes[1], sizes[2], sizes[3], sizes[4], sizes[5])
}
