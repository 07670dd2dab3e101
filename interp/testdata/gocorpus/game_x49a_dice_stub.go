package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Roller interface {
	Roll(sides int) int
}

// scriptedRoller returns predetermined values: a stub for tests.
type scriptedRoller struct {
	vals []int
	i    int
}

func (s *scriptedRoller) Roll(sides int) int {
	v := s.vals[s.i%len(s.vals)]
	s.i++
	if v > sides {
		panic(fmt.Sprintf("scripted %d > d%d", v, sides))
	}
	return v
}

type randRoller struct{ r *rand.Rand }

func (r randRoller) Roll(sides int) int { return r.r.IntN(sides) + 1 }

type Game struct {
	dice    Roller
	players []string
	scores  map[string]int
}

func NewGame(r Roller, players ...string) *Game {
	return &Game{dice: r, players: players, scores: make(map[string]int)}
}

// Turn: roll two d6; doubles score double, a 1 loses the turn.
func (g *Game) Turn(p string) int {
	a, b := g.dice.Roll(6), g.dice.Roll(6)
	pts := a + b
	switch {
	case a == 1 || b == 1:
		pts = 0
	case a == b:
		pts *= 2
	}
	g.scores[p] += pts
	return pts
}

func (g *Game) Play(rounds int) string {
	for r := 0; r < rounds; r++ {
		for _, p := range g.players {
			g.Turn(p)
		}
	}
	best, bestScore := "", -1
	for _, p := range g.players {
		if g.scores[p] > bestScore {
			best, bestScore = p, g.scores[p]
		}
	}
	return best
}

func safeTurn(g *Game, p string) (pts int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return g.Turn(p), nil
}

func main() {
	cases := []struct {
		rolls []int
		want  int
	}{
		{[]int{3, 4}, 7}, {[]int{5, 5}, 20}, {[]int{1, 6}, 0}, {[]int{6, 6}, 24},
	}
	for _, c := range cases {
		g := NewGame(&scriptedRoller{vals: c.rolls}, "t")
		got := g.Turn("t")
		verdict := "PASS"
		if got != c.want {
			verdict = "FAIL"
		}
		fmt.Printf("%s rolls=%v got=%d want=%d\n", verdict, c.rolls, got, c.want)
	}
	_, err := safeTurn(NewGame(&scriptedRoller{vals: []int{9}}), "x")
	fmt.Println("bad stub:", err)

	g := NewGame(randRoller{rand.New(rand.NewPCG(1, 2))}, "ann", "ben", "cat")
	winner := g.Play(10)
	var sb strings.Builder
	for _, p := range g.players {
		fmt.Fprintf(&sb, "%s=%d ", p, g.scores[p])
	}
	fmt.Println(strings.TrimSpace(sb.String()), "winner:", winner)
}
