package main

import (
	"fmt"
	"strings"
)

type Dir int

const (
	Up Dir = iota
	Right
	Down
	Left
)

var dirNames = [...]string{"Up", "Right", "Down", "Left"}

func (d Dir) String() string { return dirNames[d] }
func (d Dir) TurnRight() Dir { return (d + 1) % 4 }
func (d Dir) TurnLeft() Dir  { return (d + 3) % 4 }

type Point struct{ X, Y int }

func (p Point) Move(d Dir) Point {
	switch d {
	case Up:
		p.Y--
	case Right:
		p.X++
	case Down:
		p.Y++
	case Left:
		p.X--
	}
	return p
}

type Ant struct {
	Pos Point
	Dir Dir
}

type Grid struct {
	black map[Point]bool
	ant   Ant
	steps int
}

func (g *Grid) Step() {
	if g.black[g.ant.Pos] {
		g.ant.Dir = g.ant.Dir.TurnLeft()
		delete(g.black, g.ant.Pos)
	} else {
		g.ant.Dir = g.ant.Dir.TurnRight()
		g.black[g.ant.Pos] = true
	}
	g.ant.Pos = g.ant.Pos.Move(g.ant.Dir)
	g.steps++
}

func (g *Grid) Bounds() (minP, maxP Point) {
	first := true
	for p := range g.black {
		if first {
			minP, maxP = p, p
			first = false
			continue
		}
		minP.X, minP.Y = min(minP.X, p.X), min(minP.Y, p.Y)
		maxP.X, maxP.Y = max(maxP.X, p.X), max(maxP.Y, p.Y)
	}
	return
}

func (g *Grid) Render() string {
	lo, hi := g.Bounds()
	var sb strings.Builder
	for y := lo.Y; y <= hi.Y; y++ {
		for x := lo.X; x <= hi.X; x++ {
			switch p := (Point{x, y}); {
			case p == g.ant.Pos:
				sb.WriteByte('A')
			case g.black[p]:
				sb.WriteByte('#')
			default:
				sb.WriteByte(' ')
			}
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	g := &Grid{black: map[Point]bool{}}
	for i := 0; i < 200; i++ {
		g.Step()
	}
	fmt.Print(g.Render())
	fmt.Printf("after %d steps: %d black, ant %+v\n", g.steps, len(g.black), g.ant)
	for g.steps < 11000 {
		g.Step()
	}
	lo, hi := g.Bounds()
	fmt.Printf("after %d steps: %d black, bounds %v..%v, ant at %v facing %v\n",
		g.steps, len(g.black), lo, hi, g.ant.Pos, g.ant.Dir)
}
