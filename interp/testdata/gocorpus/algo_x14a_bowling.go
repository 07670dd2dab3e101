package main

import (
	"errors"
	"fmt"
)

type Game struct {
	rolls  []int
	frame  int
	first  bool
	pinsUp int
	bonus  int
}

var (
	ErrPins     = errors.New("invalid pin count")
	ErrGameOver = errors.New("game over")
	ErrNotDone  = errors.New("game not finished")
)

func NewGame() *Game { return &Game{first: true, pinsUp: 10} }

func (g *Game) Roll(pins int) error {
	if g.frame >= 10 && g.bonus == 0 {
		return ErrGameOver
	}
	if pins < 0 || pins > g.pinsUp {
		return fmt.Errorf("roll %d: %w", pins, ErrPins)
	}
	g.rolls = append(g.rolls, pins)
	if g.frame >= 10 {
		g.bonus--
		g.pinsUp -= pins
		if g.pinsUp == 0 {
			g.pinsUp = 10
		}
		return nil
	}
	g.pinsUp -= pins
	if g.first && g.pinsUp > 0 {
		g.first = false
		return nil
	}
	if g.frame == 9 {
		if g.pinsUp == 0 && g.first {
			g.bonus = 2
		} else if g.pinsUp == 0 {
			g.bonus = 1
		}
	}
	g.frame++
	g.first = true
	g.pinsUp = 10
	return nil
}

func (g *Game) Score() (int, error) {
	if g.frame < 10 || g.bonus > 0 {
		return 0, ErrNotDone
	}
	score, i := 0, 0
	r := g.rolls
	for f := 0; f < 10; f++ {
		switch {
		case r[i] == 10:
			score += 10 + r[i+1] + r[i+2]
			i++
		case r[i]+r[i+1] == 10:
			score += 10 + r[i+2]
			i += 2
		default:
			score += r[i] + r[i+1]
			i += 2
		}
	}
	return score, nil
}

func play(rolls ...int) {
	g := NewGame()
	for _, p := range rolls {
		if err := g.Roll(p); err != nil {
			fmt.Println("  roll error:", err, errors.Is(err, ErrPins))
			return
		}
	}
	s, err := g.Score()
	fmt.Println("  score:", s, err)
}

func main() {
	games := [][]int{
		{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
		{3, 6, 3, 6, 3, 6, 3, 6, 3, 6, 3, 6, 3, 6, 3, 6, 3, 6, 3, 6},
		{6, 4, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
		{10, 5, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
		{10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10},
		{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 3, 10},
		{5, 6},
		{0, 0, 0, 0},
		{10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10},
	}
	for i, g := range games {
		fmt.Printf("game %d (%d rolls)\n", i, len(g))
		play(g...)
	}
}
