package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Grid struct {
	cells [][]byte
	H, W  int
}

type Pt struct{ R, C int }

func NewGrid(s string) *Grid {
	rows := strings.Split(s, "\n")
	g := &Grid{H: len(rows), W: len(rows[0])}
	for _, r := range rows {
		g.cells = append(g.cells, []byte(r))
	}
	return g
}

func (g *Grid) All() iter.Seq2[Pt, byte] {
	return func(yield func(Pt, byte) bool) {
		for r, row := range g.cells {
			for c, b := range row {
				if !yield(Pt{r, c}, b) {
					return
				}
			}
		}
	}
}

func (g *Grid) Neighbours(p Pt, diag bool) iter.Seq[Pt] {
	return func(yield func(Pt) bool) {
		for dr := -1; dr <= 1; dr++ {
			for dc := -1; dc <= 1; dc++ {
				if (dr == 0 && dc == 0) || (!diag && dr != 0 && dc != 0) {
					continue
				}
				q := Pt{p.R + dr, p.C + dc}
				if q.R >= 0 && q.R < g.H && q.C >= 0 && q.C < g.W && !yield(q) {
					return
				}
			}
		}
	}
}

func (g *Grid) At(p Pt) byte { return g.cells[p.R][p.C] }

const schematic = `467..114..
...*......
..35..633.
......#...
617*......
.....+.58.
..592.....
......755.
...$.*....
.664.598..`

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func main() {
	g := NewGrid(schematic)
	sum := 0
	gears := map[Pt][]int{}
	for r := 0; r < g.H; r++ {
		for c := 0; c < g.W; {
			if !isDigit(g.cells[r][c]) {
				c++
				continue
			}
			start, n := c, 0
			for ; c < g.W && isDigit(g.cells[r][c]); c++ {
				n = n*10 + int(g.cells[r][c]-'0')
			}
			adj := map[Pt]bool{}
			for cc := start; cc < c; cc++ {
				for q := range g.Neighbours(Pt{r, cc}, true) {
					if b := g.At(q); b != '.' && !isDigit(b) {
						adj[q] = true
					}
				}
			}
			if len(adj) > 0 {
				sum += n
			}
			for q := range adj {
				if g.At(q) == '*' {
					gears[q] = append(gears[q], n)
				}
			}
		}
	}
	fmt.Println("part sum", sum)
	ratio := 0
	for _, p := range slices.SortedFunc(maps.Keys(gears), func(a, b Pt) int { return a.R*100 + a.C - b.R*100 - b.C }) {
		fmt.Println("gear", p, gears[p])
		if len(gears[p]) == 2 {
			ratio += gears[p][0] * gears[p][1]
		}
	}
	fmt.Println("ratio", ratio)
	symbols := map[byte]int{}
	for _, b := range g.All() {
		if b != '.' && !isDigit(b) {
			symbols[b]++
		}
	}
	fmt.Println(symbols)
	count := 0
	for p := range g.All() {
		if p.R == p.C {
			count++
		}
		if count == 5 {
			break
		}
	}
	fmt.Println(count, slices.Collect(g.Neighbours(Pt{0, 0}, false)))
}
