package main

import (
	"fmt"
	"math/rand"
	"strings"
)

const (
	W, H = 5, 4
)

type State struct{ X, Y int }

var moves = [4]State{{0, -1}, {1, 0}, {0, 1}, {-1, 0}}
var arrows = [4]string{"^", ">", "v", "<"}

type Grid struct {
	walls map[State]bool
	goal  State
	pit   State
}

func (g Grid) Step(s State, a int) (State, float64, bool) {
	n := State{s.X + moves[a].X, s.Y + moves[a].Y}
	if n.X < 0 || n.Y < 0 || n.X >= W || n.Y >= H || g.walls[n] {
		n = s
	}
	switch n {
	case g.goal:
		return n, 10, true
	case g.pit:
		return n, -10, true
	}
	return n, -0.1, false
}

func argmax(q [4]float64) int {
	b := 0
	for i := 1; i < 4; i++ {
		if q[i] > q[b] {
			b = i
		}
	}
	return b
}

func main() {
	g := Grid{walls: map[State]bool{{1, 1}: true, {2, 1}: true}, goal: State{4, 0}, pit: State{4, 1}}
	Q := map[State][4]float64{}
	r := rand.New(rand.NewSource(5))
	alpha, gamma, eps := 0.5, 0.9, 0.2
	for ep := 0; ep < 300; ep++ {
		s := State{0, 3}
		for step := 0; step < 100; step++ {
			a := argmax(Q[s])
			if r.Float64() < eps {
				a = r.Intn(4)
			}
			n, rew, done := g.Step(s, a)
			q := Q[s]
			target := rew
			if !done {
				target += gamma * Q[n][argmax(Q[n])]
			}
			q[a] += alpha * (target - q[a])
			Q[s] = q
			s = n
			if done {
				break
			}
		}
	}
	for y := 0; y < H; y++ {
		var row []string
		for x := 0; x < W; x++ {
			s := State{x, y}
			switch {
			case g.walls[s]:
				row = append(row, "#")
			case s == g.goal:
				row = append(row, "G")
			case s == g.pit:
				row = append(row, "X")
			default:
				row = append(row, arrows[argmax(Q[s])])
			}
		}
		fmt.Println(strings.Join(row, " "))
	}
	fmt.Printf("V(start)=%.3f states=%d\n", Q[State{0, 3}][argmax(Q[State{0, 3}])], len(Q))
}
