package main

import (
	"fmt"
	"sort"
	"strings"
)

type Team struct {
	Name                 string
	Rating               int
	W, D, L, GF, GA, Pts int
}

type Match struct {
	Round      int
	Home, Away *Team
	HG, AG     int
}

func schedule(teams []*Team) [][][2]int {
	n := len(teams)
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	var rounds [][][2]int
	for r := 0; r < n-1; r++ {
		var pairs [][2]int
		for i := 0; i < n/2; i++ {
			a, b := idx[i], idx[n-1-i]
			if r%2 == 1 {
				a, b = b, a
			}
			pairs = append(pairs, [2]int{a, b})
		}
		rounds = append(rounds, pairs)
		// rotate all but the first
		last := idx[n-1]
		copy(idx[2:], idx[1:n-1])
		idx[1] = last
	}
	return rounds
}

// deterministic "score" from ratings and round number
func play(h, a *Team, round int) (int, int) {
	hg := (h.Rating*3+round*7+len(a.Name))%5 + (h.Rating-a.Rating)/20
	ag := (a.Rating*2+round*5+len(h.Name))%4 - (h.Rating-a.Rating)/25
	return max(hg, 0), max(ag, 0)
}

func (t *Team) record(gf, ga int) {
	t.GF += gf
	t.GA += ga
	switch {
	case gf > ga:
		t.W++
		t.Pts += 3
	case gf == ga:
		t.D++
		t.Pts++
	default:
		t.L++
	}
}

func main() {
	names := "Lions:80 Tigers:72 Bears:65 Wolves:77 Eagles:70 Sharks:68"
	var teams []*Team
	for _, f := range strings.Fields(names) {
		var t Team
		parts := strings.Split(f, ":")
		t.Name = parts[0]
		fmt.Sscan(parts[1], &t.Rating)
		teams = append(teams, &t)
	}
	var log []Match
	for r, pairs := range schedule(teams) {
		for _, p := range pairs {
			h, a := teams[p[0]], teams[p[1]]
			hg, ag := play(h, a, r+1)
			h.record(hg, ag)
			a.record(ag, hg)
			log = append(log, Match{r + 1, h, a, hg, ag})
		}
	}
	for _, m := range log[:6] {
		fmt.Printf("R%d %-7s %d-%d %s\n", m.Round, m.Home.Name, m.HG, m.AG, m.Away.Name)
	}
	sort.SliceStable(teams, func(i, j int) bool {
		a, b := teams[i], teams[j]
		if a.Pts != b.Pts {
			return a.Pts > b.Pts
		}
		if a.GF-a.GA != b.GF-b.GA {
			return a.GF-a.GA > b.GF-b.GA
		}
		return a.Name < b.Name
	})
	fmt.Printf("%-3s %-7s %2s %2s %2s %2s %5s %3s\n", "#", "Team", "W", "D", "L", "P", "GD", "Pts")
	for i, t := range teams {
		fmt.Printf("%-3d %-7s %2d %2d %2d %2d %+5d %3d\n", i+1, t.Name, t.W, t.D, t.L, t.W+t.D+t.L, t.GF-t.GA, t.Pts)
	}
	fmt.Println("matches:", len(log))
}
