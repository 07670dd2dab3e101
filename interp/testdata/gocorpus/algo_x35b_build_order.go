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
config: schema
schema:
docs: app
test: app fixtures
fixtures: schema
`

type CycleError struct{ Path []string }

func (e CycleError) Error() string { return "dependency cycle: " + strings.Join(e.Path, " -> ") }

func parse(src string) map[string][]string {
	deps := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(src), "\n") {
		target, rest, _ := strings.Cut(line, ":")
		deps[strings.TrimSpace(target)] = strings.Fields(rest)
	}
	return deps
}

func order(deps map[string][]string, goal string) ([]string, error) {
	const (
		unvisited = iota
		visiting
		done
	)
	state := map[string]int{}
	var out []string
	var stack []string
	var visit func(n string) error
	visit = func(n string) error {
		switch state[n] {
		case done:
			return nil
		case visiting:
			i := slices.Index(stack, n)
			return CycleError{append(slices.Clone(stack[i:]), n)}
		}
		if _, ok := deps[n]; !ok {
			return fmt.Errorf("no rule to make target %q", n)
		}
		state[n] = visiting
		stack = append(stack, n)
		for _, d := range deps[n] {
			if err := visit(d); err != nil {
				return fmt.Errorf("%s: %w", n, err)
			}
		}
		stack = stack[:len(stack)-1]
		state[n] = done
		out = append(out, n)
		return nil
	}
	return out, visit(goal)
}

func main() {
	deps := parse(makefile)
	for _, goal := range []string{"app", "test", "docs", "utils", "deploy"} {
		seq, err := order(deps, goal)
		if err != nil {
			fmt.Printf("%-6s error: %v\n", goal, err)
			continue
		}
		fmt.Printf("%-6s %s\n", goal, strings.Join(seq, " "))
	}
	deps["utils"] = []string{"config"}
	deps["schema"] = []string{"app"}
	_, err := order(deps, "test")
	fmt.Println(err)
	var ce CycleError
	if errors.As(err, &ce) {
		fmt.Printf("cycle length %d: %q\n", len(ce.Path)-1, ce.Path)
	}
}
