package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

type Snake struct {
	body []Point
	dir  Point
	grow int
}

type Game struct {
	W, H  int
	snake Snake
	food  []Point
	score int
	over  bool
}

var dirs = map[byte]Point{'U': {0, -1}, 'D': {0, 1}, 'L': {-1, 0}, 'R': {1, 0}}

func (g *Game) Step(cmd byte) {
	if d, ok := dirs[cmd]; ok {
		if d.Add(g.snake.dir) != (Point{}) {
			g.snake.dir = d
		}
	}
	head := g.snake.body[0].Add(g.snake.dir)
	if head.X < 0 || head.Y < 0 || head.X >= g.W || head.Y >= g.H {
		g.over = true
		return
	}
	for _, b := range g.snake.body[:len(g.snake.body)-1] {
		if b == head {
			g.over = true
			return
		}
	}
	g.snake.body = append([]Point{head}, g.snake.body...)
	for i, f := range g.food {
		if f == head {
			g.food = append(g.food[:i], g.food[i+1:]...)
			g.snake.grow += 2
			g.score += 10
			break
		}
	}
	if g.snake.grow > 0 {
		g.snake.grow--
	} else {
		g.snake.body = g.snake.body[:len(g.snake.body)-1]
	}
}

func (g *Game) Render() string {
	rows := make([][]byte, g.H)
	for y := range rows {
		rows[y] = []byte(strings.Repeat(".", g.W))
	}
	for _, f := range g.food {
		rows[f.Y][f.X] = '*'
	}
	for i, b := range g.snake.body {
		c := byte('o')
		if i == 0 {
			c = '@'
		}
		rows[b.Y][b.X] = c
	}
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = string(r)
	}
	return strings.Join(out, "\n")
}

func main() {
	g := &Game{W: 8, H: 5, snake: Snake{body: []Point{{2, 2}, {1, 2}}, dir: Point{1, 0}},
		food: []Point{{4, 2}, {5, 0}, {1, 4}}}
	moves := "RRRUULLLDDDDLR"
	for i := 0; i < len(moves) && !g.over; i++ {
		g.Step(moves[i])
		fmt.Printf("step %d (%c) score=%d len=%d\n", i+1, moves[i], g.score, len(g.snake.body))
		if !g.over {
			fmt.Println(g.Render())
		}
	}
	if g.over {
		fmt.Printf("GAME OVER at %+v\n", g.snake.body[0])
	}
	fmt.Printf("%#v\n", g.snake.dir)
}
