package main

import (
	"fmt"
	"strings"
)

const motions = `R 5
U 8
L 8
D 3
R 17
D 10
L 25
U 20`

type pt struct{ x, y int }

func sign(v int) int {
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	}
	return 0
}

func abs(v int) int { return v * sign(v) }

func (t pt) follow(h pt) pt {
	dx, dy := h.x-t.x, h.y-t.y
	if abs(dx) <= 1 && abs(dy) <= 1 {
		return t
	}
	return pt{t.x + sign(dx), t.y + sign(dy)}
}

var delta = map[byte]pt{'R': {1, 0}, 'L': {-1, 0}, 'U': {0, 1}, 'D': {0, -1}}

func simulate(knots int) (int, []pt) {
	rope := make([]pt, knots)
	visited := map[pt]struct{}{{}: {}}
	for _, line := range strings.Split(motions, "\n") {
		var dir byte
		var n int
		fmt.Sscanf(line, "%c %d", &dir, &n)
		d := delta[dir]
		for range n {
			rope[0].x += d.x
			rope[0].y += d.y
			for i := 1; i < knots; i++ {
				rope[i] = rope[i].follow(rope[i-1])
			}
			visited[rope[knots-1]] = struct{}{}
		}
	}
	return len(visited), rope
}

func main() {
	n2, r2 := simulate(2)
	fmt.Println("2 knots:", n2, r2)
	n10, r10 := simulate(10)
	fmt.Println("10 knots:", n10, r10[9], r10[0])
	minX, maxX, minY, maxY := 0, 0, 0, 0
	for _, p := range r10 {
		minX, maxX = min(minX, p.x), max(maxX, p.x)
		minY, maxY = min(minY, p.y), max(maxY, p.y)
	}
	for y := maxY; y >= minY; y-- {
		var sb strings.Builder
		for x := minX; x <= maxX; x++ {
			ch := byte('.')
			for i := len(r10) - 1; i >= 0; i-- {
				if r10[i] == (pt{x, y}) {
					ch = "H123456789"[i]
				}
			}
			sb.WriteByte(ch)
		}
		fmt.Println(sb.String())
	}
}
