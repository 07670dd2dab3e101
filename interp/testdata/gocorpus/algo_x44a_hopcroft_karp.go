package main

import (
	"fmt"
	"strings"
)

const NIL = -1

type HK struct {
	nl, nr       int
	adj          [][]int
	pairL, pairR []int
	dist         []int
}

func NewHK(nl, nr int) *HK {
	return &HK{nl: nl, nr: nr, adj: make([][]int, nl)}
}

func (h *HK) bfs() bool {
	q := []int{}
	found := false
	for u := 0; u < h.nl; u++ {
		if h.pairL[u] == NIL {
			h.dist[u] = 0
			q = append(q, u)
		} else {
			h.dist[u] = -1
		}
	}
	for len(q) > 0 {
		u := q[0]
		q = q[1:]
		for _, v := range h.adj[u] {
			w := h.pairR[v]
			if w == NIL {
				found = true
			} else if h.dist[w] < 0 {
				h.dist[w] = h.dist[u] + 1
				q = append(q, w)
			}
		}
	}
	return found
}

func (h *HK) dfs(u int) bool {
	for _, v := range h.adj[u] {
		w := h.pairR[v]
		if w == NIL || (h.dist[w] == h.dist[u]+1 && h.dfs(w)) {
			h.pairL[u], h.pairR[v] = v, u
			return true
		}
	}
	h.dist[u] = -1
	return false
}

func (h *HK) Solve() (size, rounds int) {
	h.pairL = make([]int, h.nl)
	h.pairR = make([]int, h.nr)
	h.dist = make([]int, h.nl)
	for i := range h.pairL {
		h.pairL[i] = NIL
	}
	for i := range h.pairR {
		h.pairR[i] = NIL
	}
	for h.bfs() {
		rounds++
		for u := 0; u < h.nl; u++ {
			if h.pairL[u] == NIL && h.dfs(u) {
				size++
			}
		}
	}
	return
}

func main() {
	workers := []string{"Ana", "Ben", "Cy", "Dee", "Eve", "Fox"}
	shifts := []string{"Mon", "Tue", "Wed", "Thu", "Fri"}
	avail := map[string][]string{
		"Ana": {"Mon", "Tue"},
		"Ben": {"Mon"},
		"Cy":  {"Tue", "Wed", "Thu"},
		"Dee": {"Wed"},
		"Eve": {"Thu", "Fri", "Mon"},
		"Fox": {"Fri"},
	}
	idx := map[string]int{}
	for i, s := range shifts {
		idx[s] = i
	}
	h := NewHK(len(workers), len(shifts))
	for i, w := range workers {
		for _, s := range avail[w] {
			h.adj[i] = append(h.adj[i], idx[s])
		}
	}
	size, rounds := h.Solve()
	fmt.Printf("matching size %d in %d phases\n", size, rounds)
	fmt.Printf("%-6s|%-6s|%s\n", "worker", "shift", "available")
	fmt.Println(strings.Repeat("-", 30))
	for i, w := range workers {
		s := "-"
		if h.pairL[i] != NIL {
			s = shifts[h.pairL[i]]
		}
		fmt.Printf("%-6s|%-6s|%s\n", w, s, strings.Join(avail[w], ","))
	}
	var idle []string
	for i, p := range h.pairL {
		if p == NIL {
			idle = append(idle, workers[i])
		}
	}
	fmt.Printf("idle: %q\n", idle)
}
