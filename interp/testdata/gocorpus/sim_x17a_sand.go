package main

import (
	"fmt"
	"strconv"
	"strings"
)

const paths = `498,4 -> 498,6 -> 496,6
503,4 -> 502,4 -> 502,9 -> 494,9`

type pt struct{ x, y int }

func sign(a int) int {
	switch {
	case a > 0:
		return 1
	case a < 0:
		return -1
	}
	return 0
}

func main() {
	rock := map[pt]bool{}
	maxY := 0
	for _, line := range strings.Split(paths, "\n") {
		var prev *pt
		for _, s := range strings.Split(line, " -> ") {
			xs, ys, _ := strings.Cut(s, ",")
			x, _ := strconv.Atoi(xs)
			y, _ := strconv.Atoi(ys)
			cur := pt{x, y}
			maxY = max(maxY, y)
			if prev != nil {
				dx, dy := sign(cur.x-prev.x), sign(cur.y-prev.y)
				for p := *prev; p != cur; p = (pt{p.x + dx, p.y + dy}) {
					rock[p] = true
				}
			}
			rock[cur] = true
			prev = &cur
		}
	}
	for part := 1; part <= 2; part++ {
		sand := map[pt]bool{}
		blocked := func(p pt) bool {
			if part == 2 && p.y == maxY+2 {
				return true
			}
			return rock[p] || sand[p]
		}
		count := 0
	outer:
		for !blocked(pt{500, 0}) {
			p := pt{500, 0}
			for {
				if part == 1 && p.y > maxY {
					break outer
				}
				moved := false
				for _, dx := range []int{0, -1, 1} {
					if n := (pt{p.x + dx, p.y + 1}); !blocked(n) {
						p, moved = n, true
						break
					}
				}
				if !moved {
					sand[p] = true
					count++
					break
				}
			}
		}
		fmt.Println("part", part, "sand:", count)
		if part == 1 {
			for y := 0; y <= maxY; y++ {
				var row []byte
				for x := 494; x <= 503; x++ {
					c := byte('.')
					if rock[pt{x, y}] {
						c = '#'
					} else if sand[pt{x, y}] {
						c = 'o'
					}
					row = append(row, c)
				}
				fmt.Println(string(row))
			}
		}
	}
}
