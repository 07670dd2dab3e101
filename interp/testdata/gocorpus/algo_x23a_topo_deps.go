package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type CycleError struct{ Path []string }

func (e *CycleError) Error() string { return "import cycle: " + strings.Join(e.Path, " -> ") }

type MissingError struct{ From, Name string }

func (e MissingError) Error() string { return fmt.Sprintf("%s imports unknown %s", e.From, e.Name) }

type Graph map[string][]string

func (g Graph) Order() ([]string, error) {
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
			return &CycleError{append(slices.Clone(stack[i:]), n)}
		case black:
			return nil
		}
		color[n] = grey
		stack = append(stack, n)
		deps := slices.Clone(g[n])
		slices.Sort(deps)
		for _, d := range deps {
			if _, ok := g[d]; !ok {
				return MissingError{n, d}
			}
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
			return order, fmt.Errorf("resolving %s: %w", n, err)
		}
	}
	return order, nil
}

func parse(spec string) Graph {
	g := Graph{}
	for _, line := range strings.Split(strings.TrimSpace(spec), "\n") {
		name, deps, _ := strings.Cut(line, ":")
		name = strings.TrimSpace(name)
		g[name] = strings.Fields(deps)
	}
	return g
}

func main() {
	specs := []string{
		"main: fmt parser\nparser: lexer ast\nlexer: unicode\nast:\nfmt: unicode\nunicode:",
		"a: b\nb: c\nc: a\nd:",
		"app: lib\nlib: missing",
		"x:",
	}
	for _, s := range specs {
		order, err := parse(s).Order()
		fmt.Println(order)
		var ce *CycleError
		var me MissingError
		switch {
		case errors.As(err, &ce):
			fmt.Println("  cycle of", len(ce.Path)-1, "|", err)
		case errors.As(err, &me):
			fmt.Println("  missing", me.Name, "|", err)
		case err != nil:
			fmt.Println("  other", err)
		}
	}
}
