package main

import (
	"container/list"
	"fmt"
	"math/rand"
)

type Pile struct {
	name  string
	cards *list.List
}

func (p *Pile) Draw() (int, bool) {
	f := p.cards.Front()
	if f == nil {
		return 0, false
	}
	p.cards.Remove(f)
	return f.Value.(int), true
}

func (p *Pile) Take(cs ...int) {
	for _, c := range cs {
		p.cards.PushBack(c)
	}
}

func main() {
	r := rand.New(rand.NewSource(42))
	deck := make([]int, 0, 52)
	for v := 2; v <= 14; v++ {
		for s := 0; s < 4; s++ {
			deck = append(deck, v)
		}
	}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	a := &Pile{"Alice", list.New()}
	b := &Pile{"Bob", list.New()}
	for i, c := range deck {
		if i%2 == 0 {
			a.Take(c)
		} else {
			b.Take(c)
		}
	}
	for round := 1; round <= 40; round++ {
		var pot []int
		var winner *Pile
		for winner == nil {
			ca, okA := a.Draw()
			cb, okB := b.Draw()
			if !okA || !okB {
				if okA {
					pot = append(pot, ca)
				}
				if okB {
					pot = append(pot, cb)
				}
				if okA {
					winner = a
				} else {
					winner = b
				}
				break
			}
			pot = append(pot, ca, cb)
			switch {
			case ca > cb:
				winner = a
			case cb > ca:
				winner = b
			default:
				fmt.Printf("round %d: WAR on %d\n", round, ca)
				for k := 0; k < 2; k++ {
					if x, ok := a.Draw(); ok {
						pot = append(pot, x)
					}
					if x, ok := b.Draw(); ok {
						pot = append(pot, x)
					}
				}
			}
		}
		winner.Take(pot...)
		fmt.Printf("round %2d: %-5s takes %v  (A=%d B=%d)\n", round, winner.name, pot, a.cards.Len(), b.cards.Len())
		if a.cards.Len() == 0 || b.cards.Len() == 0 {
			break
		}
	}
}
