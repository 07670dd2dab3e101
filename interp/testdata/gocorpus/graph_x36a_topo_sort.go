package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var ErrCycle = errors.New("cycle detected")

// CycleError carries the courses left unresolved.
type CycleError struct {
	Remaining []int
}

func (e *CycleError) Error() string {
	return fmt.Sprintf("cannot finish: %d courses in a cycle %v", len(e.Remaining), e.Remaining)
}

func (e *CycleError) Unwrap() error { return ErrCycle }

func findOrder(numCourses int, prereqs [][]int) ([]int, error) {
	indeg := make([]int, numCourses)
	adj := make([][]int, numCourses)
	for _, p := range prereqs {
		adj[p[1]] = append(adj[p[1]], p[0])
		indeg[p[0]]++
	}
	var queue, order []int
	for i, d := range indeg {
		if d == 0 {
			queue = append(queue, i)
		}
	}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		order = append(order, c)
		for _, nx := range adj[c] {
			indeg[nx]--
			if indeg[nx] == 0 {
				queue = append(queue, nx)
			}
		}
	}
	if len(order) != numCourses {
		var rem []int
		for i, d := range indeg {
			if d > 0 {
				rem = append(rem, i)
			}
		}
		return order, &CycleError{rem}
	}
	return order, nil
}

// alienOrder derives letter order from a sorted alien dictionary.
func alienOrder(words []string) (string, error) {
	adj := map[byte]map[byte]bool{}
	indeg := map[byte]int{}
	for _, w := range words {
		for i := range w {
			indeg[w[i]] += 0
		}
	}
	for i := 0; i+1 < len(words); i++ {
		a, b := words[i], words[i+1]
		if len(a) > len(b) && strings.HasPrefix(a, b) {
			return "", fmt.Errorf("invalid order %q before %q", a, b)
		}
		for j := 0; j < min(len(a), len(b)); j++ {
			if a[j] != b[j] {
				if adj[a[j]] == nil {
					adj[a[j]] = map[byte]bool{}
				}
				if !adj[a[j]][b[j]] {
					adj[a[j]][b[j]] = true
					indeg[b[j]]++
				}
				break
			}
		}
	}
	var ready []byte
	for c, d := range indeg {
		if d == 0 {
			ready = append(ready, c)
		}
	}
	var sb strings.Builder
	for len(ready) > 0 {
		sort.Slice(ready, func(i, j int) bool { return ready[i] < ready[j] })
		c := ready[0]
		ready = ready[1:]
		sb.WriteByte(c)
		for nx := range adj[c] {
			if indeg[nx]--; indeg[nx] == 0 {
				ready = append(ready, nx)
			}
		}
	}
	if sb.Len() != len(indeg) {
		return "", fmt.Errorf("alien: %w", ErrCycle)
	}
	return sb.String(), nil
}

func main() {
	tests := []struct {
		n   int
		pre [][]int
	}{
		{2, [][]int{{1, 0}}},
		{4, [][]int{{1, 0}, {2, 0}, {3, 1}, {3, 2}}},
		{3, [][]int{{0, 1}, {1, 2}, {2, 1}}},
	}
	for _, tc := range tests {
		order, err := findOrder(tc.n, tc.pre)
		var ce *CycleError
		switch {
		case errors.As(err, &ce):
			fmt.Println("error:", err, "| remaining:", ce.Remaining, "| is cycle:", errors.Is(err, ErrCycle))
		case err != nil:
			fmt.Println("unexpected", err)
		default:
			fmt.Println("order:", order)
		}
	}
	for _, ws := range [][]string{{"wrt", "wrf", "er", "ett", "rftt"}, {"z", "x", "z"}, {"abc", "ab"}} {
		s, err := alienOrder(ws)
		fmt.Printf("%q err=%v cycle=%t\n", s, err, errors.Is(err, ErrCycle))
	}
}
