package main

import (
	"errors"
	"fmt"
)

var (
	ErrNegative   = errors.New("negative roll is invalid")
	ErrTooMany    = errors.New("pin count exceeds pins on the lane")
	ErrGameOver   = errors.New("cannot roll after game is over")
	ErrIncomplete = errors.New("score cannot be taken until the end of the game")
)

type Game struct {
	rolls  []int
	frame  int
	first  bool
	pinsUp int
	bonus  int
}

func NewGame() *Game { return &Game{first: true, pinsUp: 10} }

func (g *Game) done() bool { return g.frame >= 10 && g.bonus == 0 }

func (g *Game) Roll(pins int) error {
	switch {
	case pins < 0:
		return ErrNegative
	case g.done():
		return ErrGameOver
	case pins > g.pinsUp:
		return fmt.Errorf("%w (%d > %d)", ErrTooMany, pins, g.pinsUp)
	}
	g.rolls = append(g.rolls, pins)
	g.pinsUp -= pins
	if g.frame >= 10 {
		g.bonus--
		if g.pinsUp == 0 || g.bonus == 0 {
			g.pinsUp = 10
		}
		return nil
	}
	if g.first && g.pinsUp > 0 {
		g.first = false
		return nil
	}
	g.frame++
	if g.frame == 10 {
		if g.first {
			g.bonus = 2
		} else if g.pinsUp == 0 {
			g.bonus = 1
		}
	}
	g.first, g.pinsUp = true, 10
	return nil
}

func (g *Game) Score() (int, error) {
	if !g.done() {
		return 0, ErrIncomplete
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

func play(name string, rolls ...int) {
	g := NewGame()
	for n, p := range rolls {
		if err := g.Roll(p); err != nil {
			fmt.Printf("%s: roll %d: %v\n", name, n, err)
			return
		}
	}
	s, err := g.Score()
	fmt.Printf("%s: score=%d err=%v\n", name, s, err)
}

func main() {
	play("gutter", make([]int, 20)...)
	play("perfect", 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10)
	play("spares", 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5)
	play("mixed", 10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1)
	play("incomplete", 10, 10)
	play("toomany", 5, 6)
	play("negative", -1)
	play("after", append(make([]int, 20), 1)...)
	play("tenth-strike-bad", append(make([]int, 18), 10, 6, 5)...)
	err := NewGame().Roll(11)
	fmt.Println(errors.Is(err, ErrTooMany), err)
}
