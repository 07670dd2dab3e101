package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Strategy interface {
	Name() string
	KeepRolling(turnTotal, score, opponent int) bool
}

type HoldAt int

func (h HoldAt) Name() string { return fmt.Sprintf("hold@%d", int(h)) }
func (h HoldAt) KeepRolling(turn, score, opp int) bool {
	return turn < int(h) && score+turn < 100
}

type Catchup struct{}

func (Catchup) Name() string { return "catchup" }
func (Catchup) KeepRolling(turn, score, opp int) bool {
	if opp-score > 30 {
		return turn < 30
	}
	return turn < 20 && score+turn < 100
}

func play(r *rand.Rand, a, b Strategy) (winner int, turns int) {
	scores := [2]int{}
	players := [2]Strategy{a, b}
	cur := 0
	for turns = 1; ; turns++ {
		turn := 0
		for {
			d := r.IntN(6) + 1
			if d == 1 {
				turn = 0
				break
			}
			turn += d
			if !players[cur].KeepRolling(turn, scores[cur], scores[1-cur]) {
				break
			}
		}
		scores[cur] += turn
		if scores[cur] >= 100 {
			return cur, turns
		}
		cur = 1 - cur
	}
}

type record struct {
	name       string
	wins, game int
	turns      int
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	strats := []Strategy{HoldAt(15), HoldAt(20), HoldAt(25), Catchup{}}
	recs := map[string]*record{}
	for _, s := range strats {
		recs[s.Name()] = &record{name: s.Name()}
	}
	matrix := map[[2]string]int{}
	for i, a := range strats {
		for j, b := range strats {
			if i == j {
				continue
			}
			for g := 0; g < 200; g++ {
				w, t := play(r, a, b)
				winner := []Strategy{a, b}[w]
				recs[winner.Name()].wins++
				recs[a.Name()].game++
				recs[b.Name()].game++
				recs[a.Name()].turns += t
				recs[b.Name()].turns += t
				if w == 0 {
					matrix[[2]string{a.Name(), b.Name()}]++
				}
			}
		}
	}
	table := make([]*record, 0, len(recs))
	for _, rec := range recs {
		table = append(table, rec)
	}
	slices.SortFunc(table, func(x, y *record) int {
		if x.wins != y.wins {
			return y.wins - x.wins
		}
		return strings.Compare(x.name, y.name)
	})
	for i, rec := range table {
		fmt.Printf("%d. %-8s %4d/%4d %5.1f%% avg turns %.1f\n", i+1, rec.name, rec.wins, rec.game,
			100*float64(rec.wins)/float64(rec.game), float64(rec.turns)/float64(rec.game))
	}
	fmt.Printf("%-9s", "")
	for _, b := range strats {
		fmt.Printf("%9s", b.Name())
	}
	fmt.Println()
	for _, a := range strats {
		fmt.Printf("%-9s", a.Name())
		for _, b := range strats {
			if a == b {
				fmt.Printf("%9s", "-")
				continue
			}
			fmt.Printf("%9d", matrix[[2]string{a.Name(), b.Name()}])
		}
		fmt.Println()
	}
}
