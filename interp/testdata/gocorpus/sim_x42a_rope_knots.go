package main

import (
	"bufio"
	"fmt"
	"strings"
)

const input = `R 4
U 4
L 3
D 1
R 4
D 1
L 5
R 2`

type P struct{ X, Y int }

func sign(v int) int {
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	}
	return 0
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func (p P) Follow(h P) P {
	dx, dy := h.X-p.X, h.Y-p.Y
	if abs(dx) <= 1 && abs(dy) <= 1 {
		return p
	}
	return P{p.X + sign(dx), p.Y + sign(dy)}
}

func simulate(knots int) (int, P) {
	rope := make([]P, knots)
	visited := map[P]struct{}{{}: {}}
	delta := map[byte]P{'R': {1, 0}, 'L': {-1, 0}, 'U': {0, 1}, 'D': {0, -1}}
	sc := bufio.NewScanner(strings.NewReader(input))
	for sc.Scan() {
		var dir byte
		var n int
		fmt.Sscanf(sc.Text(), "%c %d", &dir, &n)
		d := delta[dir]
		for range n {
			rope[0].X += d.X
			rope[0].Y += d.Y
			for i := 1; i < knots; i++ {
				rope[i] = rope[i].Follow(rope[i-1])
			}
			visited[rope[knots-1]] = struct{}{}
		}
	}
	return len(visited), rope[knots-1]
}

func main() {
	for _, k := range []int{2, 3, 10} {
		n, tail := simulate(k)
		fmt.Printf("knots=%2d visited=%d tail=%+v\n", k, n, tail)
	}
	fmt.Printf("%#v\n", P{1, -2}.Follow(P{3, 0}))
}
