// Exercises: BFS over a struct state (point plus key bitmask) used as a map key, unicode checks on bytes, bit operations on collected keys
package main

import (
	"fmt"
	"strings"
)

const input = `########################
#f.D.E.e.C.b.A.@.a.B.c.#
######################.#
#d.....................#
########################`

type point struct{ x, y int }
type state struct {
	p    point
	keys uint32
}

func main() {
	grid := strings.Split(input, "\n")
	var start point
	all := uint32(0)
	for y, row := range grid {
		for x := 0; x < len(row); x++ {
			c := row[x]
			if c == '@' {
				start = point{x, y}
			} else if c >= 'a' && c <= 'z' {
				all |= 1 << (c - 'a')
			}
		}
	}
	moves := []point{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
	dist := map[state]int{{start, 0}: 0}
	q := []state{{start, 0}}
	for len(q) > 0 {
		s := q[0]
		q = q[1:]
		if s.keys == all {
			fmt.Println("steps:", dist[s])
			break
		}
		for _, m := range moves {
			np := point{s.p.x + m.x, s.p.y + m.y}
			c := grid[np.y][np.x]
			if c == '#' {
				continue
			}
			if c >= 'A' && c <= 'Z' && s.keys&(1<<(c-'A')) == 0 {
				continue
			}
			nk := s.keys
			if c >= 'a' && c <= 'z' {
				nk |= 1 << (c - 'a')
			}
			ns := state{np, nk}
			if _, ok := dist[ns]; !ok {
				dist[ns] = dist[s] + 1
				q = append(q, ns)
			}
		}
	}
	fmt.Printf("%+v %06b\n", start, all)
}
