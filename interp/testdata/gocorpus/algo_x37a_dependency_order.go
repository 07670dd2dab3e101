package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

const makefile = `
app: lib utils config
lib: utils
utils:
config: env
env:
docs: app
test: app lib fixtures
fixtures: config
`

type Graph map[string][]string

func parse(s string) Graph {
	g := Graph{}
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		target, deps, _ := strings.Cut(line, ":")
		target = strings.TrimSpace(target)
		g[target] = strings.Fields(deps)
		for _, d := range g[target] {
			if _, ok := g[d]; !ok {
				g[d] = nil
			}
		}
	}
	return g
}

type CycleError struct{ Path []string }

func (e CycleError) Error() string { return "cycle: " + strings.Join(e.Path, " -> ") }

func (g Graph) TopoSort() ([]string, error) {
	const (
		white = iota
		grey
		black
	)
	color := map[string]int{}
	var order, stack []string
	var visit func(n string) error
	visit = func(n string) error {
		switch color[n] {
		case grey:
			i := slices.Index(stack, n)
			return CycleError{append(slices.Clone(stack[i:]), n)}
		case black:
			return nil
		}
		color[n] = grey
		stack = append(stack, n)
		deps := slices.Clone(g[n])
		slices.Sort(deps)
		for _, d := range deps {
			if err := visit(d); err != nil {
				return err
			}
		}
		stack = stack[:len(stack)-1]
		color[n] = black
		order = append(order, n)
		return nil
	}
	names := make([]string, 0, len(g))
	for n := range g {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		if err := visit(n); err != nil {
			return order, err
		}
	}
	return order, nil
}

func (g Graph) Levels(order []string) map[string]int {
	lvl := map[string]int{}
	for _, n := range order {
		for _, d := range g[n] {
			lvl[n] = max(lvl[n], lvl[d]+1)
		}
	}
	return lvl
}

func main() {
	g := parse(makefile)
	order, err := g.TopoSort()
	fmt.Println("order:", order, "err:", err)
	lvl := g.Levels(order)
	byLevel := map[int][]string{}
	maxL := 0
	for n, l := range lvl {
		byLevel[l] = append(byLevel[l], n)
		maxL = max(maxL, l)
	}
	for l := 0; l <= maxL; l++ {
		slices.Sort(byLevel[l])
		fmt.Printf("level %d: %s\n", l, strings.Join(byLevel[l], ", "))
	}
	g["env"] = append(g["env"], "docs")
	_, err = g.TopoSort()
	var ce CycleError
	if errors.As(err, &ce) {
		fmt.Println(err)
		fmt.Println("cycle length:", len(ce.Path)-1)
	}
	fmt.Printf("%v\n", Graph{"x": {"y"}})
}
