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
	var visit func(n string, path []string) error
	visit = func(n string, path []string) error {
		switch state[n] {
		case 1:
			return fmt.Errorf("cycle: %s", strings.Join(append(path, n), " -> "))
		case 2:
			return nil
		}
		state[n] = 1
		op := ops[n]
		deps := slices.Clone(op.Inputs)
		slices.Sort(deps)
		for _, d := range deps {
			if _, ok := ops[d]; !ok {
				continue
			}
			if err := visit(d, append(path, n)); err != nil {
				return err
			}
		}
		state[n] = 2
		order = append(order, n)
		return nil
	}
	names := make([]string, 0, len(ops))
	for n := range ops {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		if err := visit(n, nil); err != nil {
			return nil, err
		}
	}
	return order, nil
}

func main() {
	graph := map[string]Op{
		"h1":   {"h1", []string{"W1", "x"}, "matmul"},
		"a1":   {"a1", []string{"h1", "b1"}, "add"},
		"r1":   {"r1", []string{"a1"}, "relu"},
		"h2":   {"h2", []string{"W2", "r1"}, "matmul"},
		"loss": {"loss", []string{"h2", "y"}, "softmax_ce"},
	}
	order, err := topoSort(graph)
	fmt.Println(order, err)
	fmt.Print("backward order:")
	for _, n := range slices.Backward(order) {
		fmt.Printf(" %s(%s)", n, graph[n].Kind)
	}
	fmt.Println()
	graph["a1"] = Op{"a1", []string{"h1", "loss"}, "add"}
	_, err = topoSort(graph)
	fmt.Println("error:", err)
	fanout := map[string][]string{}
	for _, op := range graph {
		for _, in := range op.Inputs {
			fanout[in] = append(fanout[in], op.Name)
		}
	}
	for _, v := range fanout {
		slices.Sort(v)
	}
	fmt.Println(fanout)
}
