package main

import (
	"fmt"
	"slices"
	"strings"
)

type Op struct {
	Name   string
	Inputs []string
	Kind   string
}

func topoSort(ops map[string]Op) ([]string, error) {
	state := map[string]int{}
	var order []string
	var visit func(string, []string) error
	visit = func(n string, path []string) error {
		switch state[n] {
		case 1:
			return fmt.Errorf("cycle: %s", strings.Join(append(path, n), " -> "))
		case 2:
			return nil
		}
		state[n] = 1
		op, ok := ops[n]
		if ok {
			for _, in := range op.Inputs {
				if err := visit(in, append(path, n)); err != nil {
					return err
				}
			}
		}
		state[n] = 2
		order = append(order, n)
		return nil
	}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if err := visit(k, nil); err != nil {
			return nil, err
		}
	}
	return order, nil
}

func main() {
	g := map[string]Op{
		"h":    {"h", []string{"x", "W1"}, "matmul"},
		"hb":   {"hb", []string{"h", "b1"}, "addbias"},
		"a":    {"a", []string{"hb"}, "relu"},
		"z":    {"z", []string{"a", "W2"}, "matmul"},
		"p":    {"p", []string{"z"}, "softmax"},
		"loss": {"loss", []string{"p", "y"}, "xent"},
	}
	order, err := topoSort(g)
	fmt.Println("forward:", order, err)
	back := slices.Clone(order)
	slices.Reverse(back)
	fmt.Println("backward:")
	for _, n := range back {
		if op, ok := g[n]; ok {
			fmt.Printf("  d%s -> %s (%s)\n", n, strings.Join(op.Inputs, ","), op.Kind)
		}
	}
	g["x"] = Op{"x", []string{"loss"}, "feedback"}
	_, err = topoSort(g)
	fmt.Println("error:", err)
}
