package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
)

type Player struct {
	Name  string
	Skill int
}

type Match struct {
	Round  int
	A, B   Player
	Winner Player
	Score  [2]int
}

func play(round int, a, b Player, seed uint64) Match {
	r := rand.New(rand.NewPCG(seed, uint64(round)))
	m := Match{Round: round, A: a, B: b}
	for m.Score[0] < 3 && m.Score[1] < 3 {
		if r.IntN(a.Skill+b.Skill) < a.Skill {
			m.Score[0]++
		} else {
			m.Score[1]++
		}
	}
	if m.Score[0] == 3 {
		m.Winner = a
	} else {
		m.Winner = b
	}
	return m
}

func main() {
	players := []Player{{"ann", 7}, {"bob", 5}, {"cid", 9}, {"dee", 4}, {"eve", 6}, {"fay", 8}, {"gus", 3}, {"hal", 5}}
	var history []Match
	for round := 1; len(players) > 1; round++ {
		matches := make([]Match, len(players)/2)
		var wg sync.WaitGroup
		for i := range matches {
			wg.Add(1)
			go func() {
				defer wg.Done()
				matches[i] = play(round, players[2*i], players[2*i+1], uint64(i+1))
			}()
		}
		wg.Wait()
		players = players[:0:0]
		for _, m := range matches {
			players = append(players, m.Winner)
			history = append(history, m)
		}
	}
	for _, m := range history {
		fmt.Printf("R%d %s vs %s: %d-%d -> %s\n", m.Round, m.A.Name, m.B.Name, m.Score[0], m.Score[1], m.Winner.Name)
	}
	fmt.Printf("champion: %+v\n", players[0])
	wins := map[string]int{}
	for _, m := range history {
		wins[m.Winner.Name]++
	}
	names := slices.Sorted(func(yield func(string) bool) {
		for k := range wins {
			if !yield(k) {
				return
			}
		}
	})
	for _, n := range names {
		fmt.Print(n, "=", wins[n], " ")
	}
	fmt.Println()
}
