package main

import (
	"errors"
	"fmt"
	"strings"
)

type P struct{ X, Y int }

type Snake struct {
	body []P
	dir  P
	grow int
}

var (
	ErrWall = errors.New("hit the wall")
	ErrSelf = errors.New("bit itself")
)

type Game struct {
	W, H  int
	snake Snake
	food  []P
	score int
}

func (g *Game) Turn(c byte) {
	d := map[byte]P{'U': {0, -1}, 'D': {0, 1}, 'L': {-1, 0}, 'R': {1, 0}}[c]
	if d.X+g.snake.dir.X == 0 && d.Y+g.snake.dir.Y == 0 {
		return
	}
	g.snake.dir = d
}

func (g *Game) Step() error {
	head := g.snake.body[0]
	nh := P{head.X + g.snake.dir.X, head.Y + g.snake.dir.Y}
	if nh.X < 0 || nh.Y < 0 || nh.X >= g.W || nh.Y >= g.H {
		return ErrWall
	}
	for _, b := range g.snake.body[:len(g.snake.body)-1] {
		if b == nh {
			return ErrSelf
		}
	}
	g.snake.body = append([]P{nh}, g.snake.body...)
	for i, f := range g.food {
		if f == nh {
			g.score += 10
			g.snake.grow += 2
			g.food = append(g.food[:i], g.food[i+1:]...)
			break
		}
	}
	if g.snake.grow > 0 {
		g.snake.grow--
	} else {
		g.snake.body = g.snake.body[:len(g.snake.body)-1]
	}
	return nil
}

func (g *Game) Draw() string {
	rows := make([][]byte, g.H)
	for y := range rows {
		rows[y] = []byte(strings.Repeat(".", g.W))
	}
	for _, f := range g.food {
		rows[f.Y][f.X] = '*'
	}
	for i, b := range g.snake.body {
		rows[b.Y][b.X] = "@o"[min(i, 1)]
	}
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = string(r)
	}
	return strings.Join(out, "\n")
}

func main() {
	g := &Game{W: 8, H: 5, snake: Snake{body: []P{{2, 2}, {1, 2}}, dir: P{1, 0}}, food: []P{{5, 2}, {6, 4}, {1, 0}}}
	moves := "....D.RL.U..U.LLLLL"
	for i := 0; i < len(moves); i++ {
		if moves[i] != '.' {
			g.Turn(moves[i])
		}
		if err := g.Step(); err != nil {
			fmt.Printf("step %d: game over: %v (wall=%t)\n", i, err, errors.Is(err, ErrWall))
			break
		}
		if i%6 == 5 {
			fmt.Printf("step %d score %d len %d\n%s\n", i, g.score, len(g.snake.body), g.Draw())
		}
	}
	fmt.Println(g.Draw())
	fmt.Printf("final score %d, head %+v, food left %v\n", g.score, g.snake.body[0], g.food)
}
