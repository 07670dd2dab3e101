package main

import (
	"fmt"
	"strings"
)

const contraption = `.|...\....
|.-.\.....
.....|-...
........|.
..........
.........\
..../.\\..
.-.-/..|..
.|....-|.\
..//.|....`

type Dir uint8

const (
	Up Dir = 1 << iota
	Right
	Down
	Left
)

func (d Dir) delta() (int, int) {
	switch d {
	case Up:
		return -1, 0
	case Right:
		return 0, 1
	case Down:
		return 1, 0
	}
	return 0, -1
}

type beam struct {
	r, c int
	d    Dir
}

func energize(g []string, start beam) int {
	seen := make([][]Dir, len(g))
	for i := range seen {
		seen[i] = make([]Dir, len(g[0]))
	}
	stack := []beam{start}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if b.r < 0 || b.c < 0 || b.r >= len(g) || b.c >= len(g[0]) || seen[b.r][b.c]&b.d != 0 {
			continue
		}
		seen[b.r][b.c] |= b.d
		var next []Dir
		switch ch := g[b.r][b.c]; {
		case ch == '/':
			next = []Dir{map[Dir]Dir{Up: Right, Right: Up, Down: Left, Left: Down}[b.d]}
		case ch == '\\':
			next = []Dir{map[Dir]Dir{Up: Left, Left: Up, Down: Right, Right: Down}[b.d]}
		case ch == '|' && (b.d == Left || b.d == Right):
			next = []Dir{Up, Down}
		case ch == '-' && (b.d == Up || b.d == Down):
			next = []Dir{Left, Right}
		default:
			next = []Dir{b.d}
		}
		for _, d := range next {
			dr, dc := d.delta()
			stack = append(stack, beam{b.r + dr, b.c + dc, d})
		}
	}
	n := 0
	for _, row := range seen {
		for _, v := range row {
			if v != 0 {
				n++
			}
		}
	}
	return n
}

func main() {
	g := strings.Split(contraption, "\n")
	fmt.Println("part1:", energize(g, beam{0, 0, Right}))
	best, from := 0, beam{}
	try := func(b beam) {
		if e := energize(g, b); e > best {
			best, from = e, b
		}
	}
	for r := range g {
		try(beam{r, 0, Right})
		try(beam{r, len(g[0]) - 1, Left})
	}
	for c := range len(g[0]) {
		try(beam{0, c, Down})
		try(beam{len(g) - 1, c, Up})
	}
	fmt.Printf("part2: %d from %+v\n", best, from)
}
