package main

import (
	"fmt"
	"strings"
)

const valley = `#.######
#>>.<^<#
#.<..<<#
#>v.><>#
#<^v^^>#
######.#`

type pos struct{ r, c int }

type bliz struct {
	p   pos
	dir byte
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	lines := strings.Split(valley, "\n")
	H, W := len(lines)-2, len(lines[0])-2
	var bs []bliz
	for r := 1; r <= H; r++ {
		for c := 1; c <= W; c++ {
			if ch := lines[r][c]; ch != '.' {
				bs = append(bs, bliz{pos{r - 1, c - 1}, ch})
			}
		}
	}
	period := H * W / gcd(H, W)
	occupied := make([]map[pos]bool, period)
	for t := range period {
		occ := map[pos]bool{}
		for _, b := range bs {
			p := b.p
			switch b.dir {
			case '>':
				p.c = (p.c + t) % W
			case '<':
				p.c = ((p.c-t)%W + W) % W
			case 'v':
				p.r = (p.r + t) % H
			case '^':
				p.r = ((p.r-t)%H + H) % H
			}
			occ[p] = true
		}
		occupied[t] = occ
	}
	start, goal := pos{-1, 0}, pos{H, W - 1}
	travel := func(from, to pos, t0 int) int {
		type st struct {
			p pos
			t int
		}
		frontier := map[pos]bool{from: true}
		for t := t0; ; t++ {
			next := map[pos]bool{}
			for p := range frontier {
				for _, d := range []pos{{0, 0}, {1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
					n := pos{p.r + d.r, p.c + d.c}
					if n == to {
						return t + 1
					}
					inside := n.r >= 0 && n.r < H && n.c >= 0 && n.c < W
					if (inside && !occupied[(t+1)%period][n]) || n == from {
						next[n] = true
					}
				}
			}
			frontier = next
			_ = st{}
		}
	}
	t1 := travel(start, goal, 0)
	t2 := travel(goal, start, t1)
	t3 := travel(start, goal, t2)
	fmt.Println("period", period, "blizzards", len(bs))
	fmt.Println("there", t1, "back", t2, "again", t3)
	for r := range H {
		var sb strings.Builder
		for c := range W {
			if occupied[t1%period][pos{r, c}] {
				sb.WriteByte('*')
			} else {
				sb.WriteByte('.')
			}
		}
		fmt.Println(sb.String())
	}
}
