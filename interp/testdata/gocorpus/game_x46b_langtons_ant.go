package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

type Dir int

const (
	Up Dir = iota
	Right
	Down
	Left
)

var moves = [...]Point{Up: {0, -1}, Right: {1, 0}, Down: {0, 1}, Left: {-1, 0}}

func (d Dir) String() string { return [...]string{"N", "E", "S", "W"}[d] }

type Ant struct {
	Pos Point
	Dir Dir
}

func (a *Ant) Step(black map[Point]bool) {
	if black[a.Pos] {
		a.Dir = (a.Dir + 3) % 4
		delete(black, a.Pos)
	} else {
		a.Dir = (a.Dir + 1) % 4
		black[a.Pos] = true
	}
	m := moves[a.Dir]
	a.Pos = Point{a.Pos.X + m.X, a.Pos.Y + m.Y}
}

func bounds(m map[Point]bool) (lo, hi Point) {
	first := true
	for p := range m {
		if first {
			lo, hi, first = p, p, false
			continue
		}
		lo = Point{min(lo.X, p.X), min(lo.Y, p.Y)}
		hi = Point{max(hi.X, p.X), max(hi.Y, p.Y)}
	}
	return
}

func main() {
	black := map[Point]bool{}
	ant := &Ant{}
	checkpoints := map[int]bool{100: true, 500: true, 1000: true, 11000: true}
	for step := 1; step <= 11000; step++ {
		ant.Step(black)
		if checkpoints[step] {
			lo, hi := bounds(black)
			fmt.Printf("step %5d: black=%4d ant=%+v box=%v..%v\n", step, len(black), *ant, lo, hi)
		}
	}
	lo, hi := bounds(black)
	var sb strings.Builder
	for y := lo.Y; y <= hi.Y; y += 2 {
		for x := lo.X; x <= hi.X; x++ {
			a, b := black[Point{x, y}], black[Point{x, y + 1}]
			switch {
			case a && b:
				sb.WriteRune('█')
			case a:
				sb.WriteRune('▀')
			case b:
				sb.WriteRune('▄')
			default:
				sb.WriteRune(' ')
			}
		}
		sb.WriteString("|\n")
	}
	fmt.Print(sb.String())
}
