package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Graph map[string][]string

func (g Graph) nodes() []string {
	set := map[string]bool{}
	for k, vs := range g {
		set[k] = true
		for _, v := range vs {
			set[v] = true
		}
	}
	var out []string
	for k := range set {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

var ErrCycle = errors.New("cycle detected")

func (g Graph) TopoSort() ([]string, error) {
	const (
		white = iota
		gray
		black
	)
	color := map[string]int{}
	var order []string
	var visit func(n string, path []string) error
	visit = func(n string, path []string) error {
		switch color[n] {
		case gray:
			return fmt.Errorf("%w: %s", ErrCycle, strings.Join(append(path, n), " -> "))
		case black:
			return nil
		}
		color[n] = gray
		deps := slices.Clone(g[n])
		slices.Sort(deps)
		for _, d := range deps {
			if err := visit(d, append(path, n)); err != nil {
				return err
			}
		}
		color[n] = black
		order = append(order, n)
		return nil
	}
	for _, n := range g.nodes() {
		if err := visit(n, nil); err != nil {
			return nil, err
		}
	}
	return order, nil
}

func (g Graph) BFS(start string) map[string]int {
	dist := map[string]int{start: 0}
	queue := []string{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, nb := range g[cur] {
			if _, seen := dist[nb]; !seen {
				dist[nb] = dist[cur] + 1
				queue = append(queue, nb)
			}
		}
	}
	return dist
}

func main() {
	deps := Graph{
		"app":    {"http", "db", "log"},
		"http":   {"log", "net"},
		"db":     {"log", "net"},
		"net":    {"os"},
		"log":    {"os"},
		"client": {"http"},
	}
	order, err := deps.TopoSort()
	fmt.Println(order, err)
	fmt.Println(deps.BFS("app"))
	fmt.Println(deps.BFS("client"))

	deps["os"] = []string{"app"}
	_, err = deps.TopoSort()
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrCycle))
}
