package main

import (
	"fmt"
	"slices"
)

type Pt struct{ X, Y int }

func (p Pt) Add(q Pt) Pt { return Pt{p.X + q.X, p.Y + q.Y} }

type Snake struct {
	Body []Pt
	Dir  Pt
	grow int
}

type Game struct {
	W, H   int
	Snake  Snake
	Food   []Pt
	Score  int
	Over   bool
	reason string
}

func (g *Game) Step() {
	head := g.Snake.Body[0].Add(g.Snake.Dir)
	switch {
	case head.X < 0 || head.Y < 0 || head.X >= g.W || head.Y >= g.H:
		g.Over, g.reason = true, "wall"
		return
	case slices.Contains(g.Snake.Body[:len(g.Snake.Body)-1], head):
		g.Over, g.reason = true, "self"
		return
	}
	g.Snake.Body = slices.Insert(g.Snake.Body, 0, head)
	if i := slices.Index(g.Food, head); i >= 0 {
		g.Food = slices.Delete(g.Food, i, i+1)
		g.Snake.grow += 2
		g.Score += 10 * len(g.Snake.Body)
	}
	if g.Snake.grow > 0 {
		g.Snake.grow--
	} else {
		g.Snake.Body = g.Snake.Body[:len(g.Snake.Body)-1]
	}
}

func (g *Game) Draw() {
	for y := 0; y < g.H; y++ {
		line := make([]byte, g.W)
		for x := range line {
			p := Pt{x, y}
			switch {
			case p == g.Snake.Body[0]:
				line[x] = '@'
			case slices.Contains(g.Snake.Body, p):
				line[x] = 'o'
			case slices.Contains(g.Food, p):
				line[x] = '*'
			default:
				line[x] = '.'
			}
		}
		fmt.Println(string(line))
	}
}

func main() {
	g := &Game{W: 10, H: 6, Snake: Snake{Body: []Pt{{2, 2}, {1, 2}}, Dir: Pt{1, 0}},
		Food: []Pt{{5, 2}, {7, 4}, {3, 4}, {1, 1}}}
	turns := map[int]Pt{4: {0, 1}, 6: {1, 0}, 7: {0, 1}, 8: {-1, 0}, 12: {0, -1}, 15: {1, 0}, 17: {0, 1}}
	for t := 1; t <= 30 && !g.Over; t++ {
		if d, ok := turns[t]; ok {
			g.Snake.Dir = d
		}
		g.Step()
		if t%6 == 0 {
			fmt.Printf("t=%d len=%d score=%d food=%v\n", t, len(g.Snake.Body), g.Score, g.Food)
		}
	}
	fmt.Println("over:", g.Over, g.reason)
	g.Draw()
}
