package main

import (
	"fmt"
	"slices"
	"strings"
)

type Project struct {
	Name  string
	Cost  int // thousands
	Value int
}

func knapsack(ps []Project, budget int) (int, []string) {
	best := make([][]int, len(ps)+1)
	for i := range best {
		best[i] = make([]int, budget+1)
	}
	for i := 1; i <= len(ps); i++ {
		p := ps[i-1]
		for b := 0; b <= budget; b++ {
			best[i][b] = best[i-1][b]
			if p.Cost <= b {
				if v := best[i-1][b-p.Cost] + p.Value; v > best[i][b] {
					best[i][b] = v
				}
			}
		}
	}
	var chosen []string
	b := budget
	for i := len(ps); i > 0; i-- {
		if best[i][b] != best[i-1][b] {
			chosen = append(chosen, ps[i-1].Name)
			b -= ps[i-1].Cost
		}
	}
	slices.Reverse(chosen)
	return best[len(ps)][budget], chosen
}

func greedy(ps []Project, budget int) (int, []string) {
	sorted := slices.Clone(ps)
	slices.SortStableFunc(sorted, func(a, b Project) int {
		return b.Value*a.Cost - a.Value*b.Cost
	})
	total := 0
	var names []string
	for _, p := range sorted {
		if p.Cost <= budget {
			budget -= p.Cost
			total += p.Value
			names = append(names, p.Name)
		}
	}
	return total, names
}

func main() {
	ps := []Project{
		{"crm", 40, 90}, {"sso", 25, 60}, {"billing", 50, 100},
		{"search", 30, 55}, {"mobile", 60, 130}, {"audit", 10, 18},
	}
	for _, budget := range []int{50, 100, 150, 0} {
		v, names := knapsack(ps, budget)
		gv, gnames := greedy(ps, budget)
		fmt.Printf("budget %3d: optimal %3d [%s] greedy %3d [%s]\n", budget, v, strings.Join(names, ","), gv, strings.Join(gnames, ","))
	}
}
