package main

import (
	"fmt"
	"sort"
	"strconv"
)

type Oracle struct {
	secret  int
	guesses int
}

func (o *Oracle) Check(g int) int {
	o.guesses++
	switch {
	case g < o.secret:
		return -1
	case g > o.secret:
		return 1
	}
	return 0
}

type Guesser interface {
	Next() int
	Feedback(int)
}

type Bisect struct{ lo, hi, last int }

func (b *Bisect) Next() int { b.last = (b.lo + b.hi) / 2; return b.last }
func (b *Bisect) Feedback(cmp int) {
	if cmp < 0 {
		b.lo = b.last + 1
	} else {
		b.hi = b.last - 1
	}
}

type Scripted struct {
	moves []string
	i     int
}

func (s *Scripted) Next() int {
	for s.i < len(s.moves) {
		m := s.moves[s.i]
		s.i++
		if n, err := strconv.Atoi(m); err == nil {
			return n
		} else {
			fmt.Println("  skip:", err)
		}
	}
	return -1
}
func (s *Scripted) Feedback(int) {}

func main() {
	players := []struct {
		name string
		g    Guesser
	}{
		{"bisect", &Bisect{lo: 1, hi: 100}},
		{"human", &Scripted{moves: []string{"50", "75", "sixty", "62", "68", "66"}}},
	}
	for _, p := range players {
		o := &Oracle{secret: 66}
		fmt.Printf("%s (%T):\n", p.name, p.g)
		for {
			g := p.g.Next()
			if g < 0 {
				fmt.Println("  gave up")
				break
			}
			c := o.Check(g)
			fmt.Printf("  %3d %s\n", g, map[int]string{-1: "too low", 0: "correct", 1: "too high"}[c])
			if c == 0 {
				fmt.Println("  guesses:", o.guesses)
				break
			}
			p.g.Feedback(c)
		}
	}
	n := sort.Search(100, func(i int) bool { return i >= 66 })
	fmt.Println("sort.Search finds", n)
}
