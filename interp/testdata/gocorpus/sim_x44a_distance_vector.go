package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

const Infinity = 16

type Update struct {
	From   string
	Vector map[string]int
}

type Router struct {
	Name  string
	Links map[string]int
	Table map[string]int
	Next  map[string]string
}

func (r *Router) Receive(u Update) bool {
	cost := r.Links[u.From]
	changed := false
	for dst, d := range u.Vector {
		nd := min(cost+d, Infinity)
		cur, ok := r.Table[dst]
		if !ok || nd < cur || (r.Next[dst] == u.From && nd != cur) {
			r.Table[dst] = nd
			r.Next[dst] = u.From
			changed = true
		}
	}
	return changed
}

func (r *Router) Snapshot() map[string]int {
	m := make(map[string]int, len(r.Table))
	for k, v := range r.Table {
		m[k] = v
	}
	return m
}

func simulate(routers map[string]*Router, names []string) int {
	for round := 1; ; round++ {
		snaps := map[string]map[string]int{}
		for _, n := range names {
			snaps[n] = routers[n].Snapshot()
		}
		var wg sync.WaitGroup
		changes := make(chan bool, len(names))
		for _, n := range names {
			wg.Add(1)
			go func(r *Router) {
				defer wg.Done()
				nbs := make([]string, 0, len(r.Links))
				for nb := range r.Links {
					nbs = append(nbs, nb)
				}
				sort.Strings(nbs)
				any := false
				for _, nb := range nbs {
					if r.Receive(Update{nb, snaps[nb]}) {
						any = true
					}
				}
				changes <- any
			}(routers[n])
		}
		wg.Wait()
		close(changes)
		changed := false
		for c := range changes {
			changed = changed || c
		}
		if !changed {
			return round
		}
	}
}

func main() {
	links := map[string]map[string]int{
		"A": {"B": 1, "C": 4},
		"B": {"A": 1, "C": 2, "D": 7},
		"C": {"A": 4, "B": 2, "D": 3},
		"D": {"B": 7, "C": 3, "E": 1},
		"E": {"D": 1},
	}
	names := []string{"A", "B", "C", "D", "E"}
	routers := map[string]*Router{}
	for _, n := range names {
		routers[n] = &Router{Name: n, Links: links[n], Table: map[string]int{n: 0}, Next: map[string]string{n: "-"}}
	}
	rounds := simulate(routers, names)
	fmt.Println("converged after", rounds, "rounds")
	fmt.Printf("%-3s|%s\n", "", strings.Join(names, "    |"))
	for _, n := range names {
		r := routers[n]
		var cells []string
		for _, d := range names {
			cells = append(cells, fmt.Sprintf("%2d/%-2s", r.Table[d], r.Next[d]))
		}
		fmt.Printf("%-3s|%s\n", n, strings.Join(cells, "|"))
	}
	fmt.Println(routers["A"].Table)
}
