package main

import (
	"fmt"
	"strings"
)

const scan = `498,4 -> 498,6 -> 496,6
503,4 -> 502,4 -> 502,9 -> 494,9`

type P struct{ X, Y int }

type Cave struct {
	cells map[P]byte
	floor int
	hasFl bool
}

func load() *Cave {
	c := &Cave{cells: map[P]byte{}}
	for _, line := range strings.Split(scan, "\n") {
		var pts []P
		for _, s := range strings.Split(line, " -> ") {
			var p P
			fmt.Sscanf(s, "%d,%d", &p.X, &p.Y)
			pts = append(pts, p)
		}
		for i := 1; i < len(pts); i++ {
			a, b := pts[i-1], pts[i]
			for x := min(a.X, b.X); x <= max(a.X, b.X); x++ {
				for y := min(a.Y, b.Y); y <= max(a.Y, b.Y); y++ {
					c.cells[P{x, y}] = '#'
					c.floor = max(c.floor, y+2)
				}
			}
		}
	}
	return c
}

func (c *Cave) blocked(p P) bool {
	if c.hasFl && p.Y >= c.floor {
		return true
	}
	_, ok := c.cells[p]
	return ok
}

func (c *Cave) drop() bool {
	p := P{500, 0}
	if c.blocked(p) {
		return false
	}
fall:
	for {
		if p.Y > c.floor {
			return false
		}
		for _, dx := range []int{0, -1, 1} {
			n := P{p.X + dx, p.Y + 1}
			if !c.blocked(n) {
				p = n
				continue fall
			}
		}
		break
	}
	c.cells[p] = 'o'
	return true
}

func (c *Cave) render() string {
	minX, maxX, maxY := 500, 500, 0
	for p := range c.cells {
		minX, maxX, maxY = min(minX, p.X), max(maxX, p.X), max(maxY, p.Y)
	}
	var sb strings.Builder
	for y := 0; y <= maxY; y++ {
		for x := minX; x <= maxX; x++ {
			if ch, ok := c.cells[P{x, y}]; ok {
				sb.WriteByte(ch)
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	c := load()
	n := 0
	for c.drop() {
		n++
	}
	fmt.Println("part1:", n)
	fmt.Print(c.render())
	c2 := load()
	c2.hasFl = true
	n = 0
	for c2.drop() {
		n++
	}
	fmt.Println("part2:", n)
}
