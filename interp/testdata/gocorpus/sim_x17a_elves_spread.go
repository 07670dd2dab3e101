package main

import (
	"fmt"
	"strings"
)

const start = `....#..
..###.#
#...#.#
.#...##
#.###..
##.#.##
.#..#..`

type P struct{ X, Y int }

func (p P) Add(q P) P { return P{p.X + q.X, p.Y + q.Y} }

var (
	N, S, W, E     = P{0, -1}, P{0, 1}, P{-1, 0}, P{1, 0}
	NE, NW, SE, SW = P{1, -1}, P{-1, -1}, P{1, 1}, P{-1, 1}
)

type rule struct {
	check [3]P
	move  P
}

func bounds(elves map[P]bool) (lo, hi P) {
	first := true
	for e := range elves {
		if first {
			lo, hi, first = e, e, false
		}
		lo = P{min(lo.X, e.X), min(lo.Y, e.Y)}
		hi = P{max(hi.X, e.X), max(hi.Y, e.Y)}
	}
	return
}

func render(elves map[P]bool) string {
	lo, hi := bounds(elves)
	var sb strings.Builder
	for y := lo.Y; y <= hi.Y; y++ {
		for x := lo.X; x <= hi.X; x++ {
			if elves[P{x, y}] {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	elves := map[P]bool{}
	for y, l := range strings.Split(start, "\n") {
		for x, c := range l {
			if c == '#' {
				elves[P{x, y}] = true
			}
		}
	}
	rules := []rule{{[3]P{N, NE, NW}, N}, {[3]P{S, SE, SW}, S}, {[3]P{W, NW, SW}, W}, {[3]P{E, NE, SE}, E}}
	all := []P{N, S, W, E, NE, NW, SE, SW}
	for round := 1; ; round++ {
		proposals := map[P][]P{}
		for e := range elves {
			alone := true
			for _, d := range all {
				if elves[e.Add(d)] {
					alone = false
					break
				}
			}
			if alone {
				continue
			}
			for _, r := range rules {
				if !elves[e.Add(r.check[0])] && !elves[e.Add(r.check[1])] && !elves[e.Add(r.check[2])] {
					t := e.Add(r.move)
					proposals[t] = append(proposals[t], e)
					break
				}
			}
		}
		moved := 0
		for t, from := range proposals {
			if len(from) == 1 {
				delete(elves, from[0])
				elves[t] = true
				moved++
			}
		}
		rules = append(rules[1:], rules[0])
		if round == 10 {
			lo, hi := bounds(elves)
			empty := (hi.X-lo.X+1)*(hi.Y-lo.Y+1) - len(elves)
			fmt.Printf("after 10 rounds: empty=%d\n%s", empty, render(elves))
		}
		if moved == 0 {
			fmt.Println("no moves in round", round)
			break
		}
	}
}
