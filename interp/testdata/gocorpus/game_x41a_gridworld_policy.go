package main

import (
	"fmt"
	"math"
	"strings"
)

type Pos struct{ R, C int }

var moves = [4]Pos{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}
var arrows = [4]string{"^", ">", "v", "<"}

type World struct {
	grid   []string
	values map[Pos]float64
	gamma  float64
}

func (w *World) inside(p Pos) bool {
	return p.R >= 0 && p.R < len(w.grid) && p.C >= 0 && p.C < len(w.grid[0]) && w.grid[p.R][p.C] != '#'
}

func (w *World) reward(p Pos) float64 {
	switch w.grid[p.R][p.C] {
	case 'G':
		return 1
	case 'X':
		return -1
	}
	return -0.04
}

func (w *World) terminal(p Pos) bool {
	ch := w.grid[p.R][p.C]
	return ch == 'G' || ch == 'X'
}

func (w *World) step(p Pos, a int) Pos {
	n := Pos{p.R + moves[a].R, p.C + moves[a].C}
	if !w.inside(n) {
		return p
	}
	return n
}

func (w *World) iterate() float64 {
	delta := 0.0
	next := make(map[Pos]float64, len(w.values))
	for r := range w.grid {
		for c := range w.grid[r] {
			p := Pos{r, c}
			if !w.inside(p) {
				continue
			}
			if w.terminal(p) {
				next[p] = w.reward(p)
				continue
			}
			best := math.Inf(-1)
			for a := range moves {
				best = max(best, w.values[w.step(p, a)])
			}
			next[p] = w.reward(p) + w.gamma*best
			delta = max(delta, math.Abs(next[p]-w.values[p]))
		}
	}
	w.values = next
	return delta
}

func main() {
	w := &World{grid: []string{"...G", ".#.X", "...."}, values: map[Pos]float64{}, gamma: 0.9}
	it := 0
	for {
		it++
		if d := w.iterate(); d < 1e-6 || it > 100 {
			break
		}
	}
	fmt.Println("converged after", it, "sweeps")
	for r := range w.grid {
		var vals, pol []string
		for c := range w.grid[r] {
			p := Pos{r, c}
			switch {
			case !w.inside(p):
				vals, pol = append(vals, "  ####"), append(pol, "#")
			case w.terminal(p):
				vals, pol = append(vals, fmt.Sprintf("%6.3f", w.values[p])), append(pol, string(w.grid[r][c]))
			default:
				vals = append(vals, fmt.Sprintf("%6.3f", w.values[p]))
				ba, bv := 0, math.Inf(-1)
				for a := range moves {
					if v := w.values[w.step(p, a)]; v > bv {
						ba, bv = a, v
					}
				}
				pol = append(pol, arrows[ba])
			}
		}
		fmt.Println(strings.Join(vals, " "), " ", strings.Join(pol, ""))
	}
	fmt.Printf("%v\n", w.values[Pos{2, 0}] < w.values[Pos{0, 2}])
}
