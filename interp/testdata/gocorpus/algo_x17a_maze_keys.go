package main

import (
	"fmt"
	"strings"
)

const maze = `#################
#i.G..c...e..H.p#
########.########
#j.A..b...f..D.o#
########@########
#k.E..a...g..B.n#
########.########
#l.F..d...h..C.m#
#################`

type state struct {
	r, c int
	keys uint32
}

func main() {
	grid := strings.Split(maze, "\n")
	var start state
	all := uint32(0)
	for r, row := range grid {
		for c, ch := range row {
			switch {
			case ch == '@':
				start = state{r, c, 0}
			case ch >= 'a' && ch <= 'z':
				all |= 1 << (ch - 'a')
			}
		}
	}
	dist := map[state]int{start: 0}
	q := []state{start}
	dirs := [4][2]int{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}
	for len(q) > 0 {
		s := q[0]
		q = q[1:]
		if s.keys == all {
			fmt.Println("all keys in", dist[s], "steps")
			break
		}
		for _, d := range dirs {
			nr, nc := s.r+d[0], s.c+d[1]
			ch := grid[nr][nc]
			if ch == '#' {
				continue
			}
			if ch >= 'A' && ch <= 'Z' && s.keys&(1<<(ch-'A')) == 0 {
				continue
			}
			ns := state{nr, nc, s.keys}
			if ch >= 'a' && ch <= 'z' {
				ns.keys |= 1 << (ch - 'a')
			}
			if _, seen := dist[ns]; !seen {
				dist[ns] = dist[s] + 1
				q = append(q, ns)
			}
		}
	}
	fmt.Println("states explored:", len(dist))
	fmt.Printf("all mask = %#x (%016b)\n", all, all)
}
