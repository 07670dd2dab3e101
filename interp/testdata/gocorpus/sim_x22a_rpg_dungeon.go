package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Stats struct{ HP, Atk, Def int }

type Named struct{ Name string }

func (n Named) Title() string { return strings.ToUpper(n.Name[:1]) + n.Name[1:] }

type Monster struct {
	Named
	Stats
	Loot []string
}

type Hero struct {
	Named
	Stats
	Gold int
	Bag  map[string]int
	XP   int
}

type Fighter interface {
	Title() string
	Hit(r *rand.Rand) int
	Hurt(int) bool
}

func (s *Stats) Hit(r *rand.Rand) int { return s.Atk + r.IntN(4) }
func (s *Stats) Hurt(d int) bool {
	d = max(d-s.Def, 0)
	s.HP -= d
	return s.HP <= 0
}

func duel(a, b Fighter, r *rand.Rand) (winner Fighter, rounds int) {
	for rounds = 1; rounds < 50; rounds++ {
		if b.Hurt(a.Hit(r)) {
			return a, rounds
		}
		if a.Hurt(b.Hit(r)) {
			return b, rounds
		}
	}
	return nil, rounds
}

func main() {
	r := rand.New(rand.NewPCG(2024, 6))
	h := &Hero{Named: Named{"aria"}, Stats: Stats{40, 6, 2}, Bag: map[string]int{}}
	rooms := []Monster{
		{Named{"rat"}, Stats{6, 2, 0}, []string{"tail"}},
		{Named{"goblin"}, Stats{14, 5, 1}, []string{"coin", "dagger"}},
		{Named{"skeleton"}, Stats{18, 6, 3}, []string{"bone", "coin"}},
		{Named{"ogre"}, Stats{40, 9, 2}, []string{"club", "coin", "coin"}},
	}
	for i := range rooms {
		m := &rooms[i]
		w, n := duel(h, m, r)
		if w == nil {
			fmt.Println("stalemate with", m.Title())
			break
		}
		fmt.Printf("room %d: %s vs %s -> %s wins in %d (hero hp %d)\n", i+1, h.Title(), m.Title(), w.Title(), n, h.HP)
		if w != Fighter(h) {
			fmt.Println("game over")
			break
		}
		h.XP += m.Atk * 10
		for _, l := range m.Loot {
			if l == "coin" {
				h.Gold += 5 + r.IntN(10)
			} else {
				h.Bag[l]++
			}
		}
		if h.XP >= 100 {
			h.XP -= 100
			h.Atk++
			h.HP += 10
			fmt.Println("  level up! atk", h.Atk)
		}
	}
	fmt.Printf("%s gold=%d xp=%d bag=%v\n", h.Name, h.Gold, h.XP, h.Bag)
}
