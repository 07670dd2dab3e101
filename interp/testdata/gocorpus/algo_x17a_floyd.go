package main

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

const valves = `Valve AA has flow rate=0; tunnels lead to valves DD, II, BB
Valve BB has flow rate=13; tunnels lead to valves CC, AA
Valve CC has flow rate=2; tunnels lead to valves DD, BB
Valve DD has flow rate=20; tunnels lead to valves CC, AA, EE
Valve EE has flow rate=3; tunnels lead to valves FF, DD
Valve FF has flow rate=0; tunnels lead to valves EE, GG
Valve GG has flow rate=0; tunnels lead to valves FF, HH
Valve HH has flow rate=22; tunnel leads to valve GG
Valve II has flow rate=0; tunnels lead to valves AA, JJ
Valve JJ has flow rate=21; tunnel leads to valve II`

var lineRe = regexp.MustCompile(`Valve (\w+) has flow rate=(\d+); tunnels? leads? to valves? (.*)`)

const inf = 1 << 30

func main() {
	var names []string
	rate := map[string]int{}
	adj := map[string][]string{}
	for _, l := range strings.Split(valves, "\n") {
		m := lineRe.FindStringSubmatch(l)
		names = append(names, m[1])
		rate[m[1]], _ = strconv.Atoi(m[2])
		adj[m[1]] = strings.Split(m[3], ", ")
	}
	slices.Sort(names)
	n := len(names)
	d := make([][]int, n)
	for i := range d {
		d[i] = make([]int, n)
		for j := range d[i] {
			if i != j {
				d[i][j] = inf
			}
		}
		for _, nb := range adj[names[i]] {
			j, _ := slices.BinarySearch(names, nb)
			d[i][j] = 1
		}
	}
	for k := range n {
		for i := range n {
			for j := range n {
				if d[i][k]+d[k][j] < d[i][j] {
					d[i][j] = d[i][k] + d[k][j]
				}
			}
		}
	}
	for i, row := range d {
		fmt.Println(names[i], row)
	}
	var useful []int
	for i, nm := range names {
		if rate[nm] > 0 {
			useful = append(useful, i)
		}
	}
	best := 0
	var dfs func(cur, t int, open uint, score int)
	dfs = func(cur, t int, open uint, score int) {
		best = max(best, score)
		for bi, v := range useful {
			if open&(1<<bi) != 0 {
				continue
			}
			nt := t - d[cur][v] - 1
			if nt <= 0 {
				continue
			}
			dfs(v, nt, open|1<<bi, score+nt*rate[names[v]])
		}
	}
	dfs(0, 30, 0, 0)
	fmt.Println("max pressure", best, "useful", len(useful))
}
