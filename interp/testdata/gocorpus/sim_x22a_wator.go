package main

import (
	"fmt"
	"math/rand/v2"
)

type Kind uint8

const (
	Water Kind = iota
	Fish
	Shark
)

type Creature struct {
	Kind   Kind
	Age    int
	Energy int
	moved  bool
}

const W, H = 16, 8

type Ocean [H][W]Creature

func (o *Ocean) neighbors(x, y int, want Kind, r *rand.Rand) (int, int, bool) {
	dirs := [4][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	var cand [][2]int
	for _, d := range dirs {
		nx, ny := (x+d[0]+W)%W, (y+d[1]+H)%H
		if o[ny][nx].Kind == want {
			cand = append(cand, [2]int{nx, ny})
		}
	}
	if len(cand) == 0 {
		return 0, 0, false
	}
	c := cand[r.IntN(len(cand))]
	return c[0], c[1], true
}

func (o *Ocean) Step(r *rand.Rand) {
	for y := range H {
		for x := range W {
			o[y][x].moved = false
		}
	}
	for y := range H {
		for x := range W {
			c := &o[y][x]
			if c.Kind == Water || c.moved {
				continue
			}
			c.Age++
			nx, ny, ok := 0, 0, false
			if c.Kind == Shark {
				c.Energy--
				if nx, ny, ok = o.neighbors(x, y, Fish, r); ok {
					c.Energy += 3
				}
			}
			if !ok {
				nx, ny, ok = o.neighbors(x, y, Water, r)
			}
			if c.Kind == Shark && c.Energy <= 0 {
				*c = Creature{}
				continue
			}
			if !ok {
				continue
			}
			moving := *c
			moving.moved = true
			*c = Creature{}
			breedAge := map[Kind]int{Fish: 3, Shark: 6}[moving.Kind]
			if moving.Age >= breedAge {
				moving.Age = 0
				*c = Creature{Kind: moving.Kind, Energy: 4, moved: true}
			}
			o[ny][nx] = moving
		}
	}
}

func (o *Ocean) Count() (f, s int) {
	for _, row := range o {
		for _, c := range row {
			switch c.Kind {
			case Fish:
				f++
			case Shark:
				s++
			}
		}
	}
	return
}

func main() {
	r := rand.New(rand.NewPCG(7, 11))
	var o Ocean
	for i := 0; i < 40; i++ {
		o[r.IntN(H)][r.IntN(W)] = Creature{Kind: Fish}
	}
	for i := 0; i < 6; i++ {
		o[r.IntN(H)][r.IntN(W)] = Creature{Kind: Shark, Energy: 4}
	}
	for t := 0; t <= 30; t++ {
		if t%5 == 0 {
			f, s := o.Count()
			fmt.Printf("t=%2d fish=%3d sharks=%2d\n", t, f, s)
		}
		o.Step(r)
	}
	for _, row := range o {
		for _, c := range row {
			fmt.Print(string(".fS"[c.Kind]))
		}
		fmt.Println()
	}
}
