package main

import (
	"fmt"
	"strings"
)

type Knot struct{ X, Y int }

func sgn(v int) int {
	if v > 0 {
		return 1
	}
	if v < 0 {
		return -1
	}
	return 0
}

func absi(v int) int { return max(v, -v) }

func (k *Knot) Follow(h Knot) {
	dx, dy := h.X-k.X, h.Y-k.Y
	if absi(dx) <= 1 && absi(dy) <= 1 {
		return
	}
	k.X += sgn(dx)
	k.Y += sgn(dy)
}

type Rope []Knot

func (r Rope) Step(dir byte) {
	switch dir {
	case 'U':
		r[0].Y++
	case 'D':
		r[0].Y--
	case 'L':
		r[0].X--
	case 'R':
		r[0].X++
	}
	for i := 1; i < len(r); i++ {
		r[i].Follow(r[i-1])
	}
}

func (r Rope) Draw(w, h int) string {
	var lines []string
	for y := h - 1; y >= -h/2; y-- {
		row := make([]byte, 0, w)
		for x := -w / 2; x < w/2; x++ {
			ch := byte('.')
			for i := len(r) - 1; i >= 0; i-- {
				if r[i] == (Knot{x, y}) {
					if i == 0 {
						ch = 'H'
					} else {
						ch = byte('0' + i)
					}
				}
			}
			row = append(row, ch)
		}
		lines = append(lines, string(row))
	}
	return strings.Join(lines, "\n")
}

const moves = `R 5
U 8
L 8
D 3
R 17
D 10
L 25
U 20`

func main() {
	for _, n := range []int{2, 10} {
		rope := make(Rope, n)
		visited := map[Knot]struct{}{{}: {}}
		for _, l := range strings.Split(moves, "\n") {
			var d byte
			var cnt int
			fmt.Sscanf(l, "%c %d", &d, &cnt)
			for range cnt {
				rope.Step(d)
				visited[rope[len(rope)-1]] = struct{}{}
			}
			if n == 10 && l == "U 8" {
				fmt.Println(rope.Draw(26, 10))
			}
		}
		fmt.Printf("knots=%d tail visited %d, head at %+v\n", n, len(visited), rope[0])
	}
}
