package main

import (
	"fmt"
	"strings"
)

const input = `498,4 -> 498,6 -> 496,6
503,4 -> 502,4 -> 502,9 -> 494,9`

type pt struct{ x, y int }

type Cave struct {
	cells  map[pt]byte
	maxY   int
	floor  bool
	source pt
}

func parse(s string) *Cave {
	c := &Cave{cells: map[pt]byte{}, source: pt{500, 0}}
	for _, line := range strings.Split(s, "\n") {
		var prev *pt
		for _, part := range strings.Split(line, " -> ") {
			var p pt
			fmt.Sscanf(part, "%d,%d", &p.x, &p.y)
			if prev != nil {
				dx, dy := sgn(p.x-prev.x), sgn(p.y-prev.y)
				for q := *prev; q != p; q = (pt{q.x + dx, q.y + dy}) {
					c.cells[q] = '#'
				}
				c.cells[p] = '#'
			}
			c.maxY = max(c.maxY, p.y)
			prev = &p
		}
	}
	return c
}

func sgn(v int) int {
	if v > 0 {
		return 1
	} else if v < 0 {
		return -1
	}
	return 0
}

func (c *Cave) blocked(p pt) bool {
	if c.floor && p.y == c.maxY+2 {
		return true
	}
	_, ok := c.cells[p]
	return ok
}

func (c *Cave) drop() bool {
	p := c.source
	if c.blocked(p) {
		return false
	}
	for {
		if !c.floor && p.y > c.maxY {
			return false
		}
		moved := false
		for _, dx := range [...]int{0, -1, 1} {
			n := pt{p.x + dx, p.y + 1}
			if !c.blocked(n) {
				p, moved = n, true
				break
			}
		}
		if !moved {
			c.cells[p] = 'o'
			return true
		}
	}
}

func (c *Cave) render(x0, x1 int) string {
	var b strings.Builder
	for y := 0; y <= c.maxY+1; y++ {
		for x := x0; x <= x1; x++ {
			if ch, ok := c.cells[pt{x, y}]; ok {
				b.WriteByte(ch)
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	for _, floor := range []bool{false, true} {
		c := parse(input)
		c.floor = floor
		n := 0
		for c.drop() {
			n++
		}
		fmt.Printf("floor=%v sand=%d\n", floor, n)
		if !floor {
			fmt.Print(c.render(493, 504))
		}
	}
}
