package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type CycleError[T any] struct{ Path []T }

func (e *CycleError[T]) Error() string {
	parts := make([]string, len(e.Path))
	for i, p := range e.Path {
		parts[i] = fmt.Sprint(p)
	}
	return "cycle: " + strings.Join(parts, " -> ")
}

// TopoSort returns nodes so that each comes after its dependencies.
func TopoSort[T cmp.Ordered](deps map[T][]T) ([]T, error) {
	const (
		white = iota
		grey
		black
	)
	color := map[T]int{}
	var order []T
	var stack []T
	var visit func(T) error
	visit = func(n T) error {
		switch color[n] {
		case grey:
			i := slices.Index(stack, n)
			return &CycleError[T]{Path: append(slices.Clone(stack[i:]), n)}
		case black:
			return nil
		}
		color[n] = grey
		stack = append(stack, n)
		ds := slices.Clone(deps[n])
		slices.Sort(ds)
		for _, d := range ds {
			if err := visit(d); err != nil {
				return err
			}
		}
		stack = stack[:len(stack)-1]
		color[n] = black
		order = append(order, n)
		return nil
	}
	for _, n := range slices.Sorted(maps.Keys(deps)) {
		if err := visit(n); err != nil {
			return nil, err
		}
	}
	return order, nil
}

func main() {
	build := map[string][]string{
		"app":    {"http", "db", "log"},
		"http":   {"log", "json"},
		"db":     {"log"},
		"json":   nil,
		"log":    {"fmt"},
		"fmt":    {},
		"deploy": {"app", "test"},
		"test":   {"app"},
	}
	order, err := TopoSort(build)
	fmt.Println(order, err)

	build["log"] = append(build["log"], "app")
	_, err = TopoSort(build)
	fmt.Println(err)
	var ce *CycleError[string]
	if errors.As(err, &ce) {
		fmt.Println("cycle length", len(ce.Path)-1, ce.Path[0] == ce.Path[len(ce.Path)-1])
	}

	nums := map[int][]int{5: {3, 1}, 3: {1}, 1: {}, 9: {5, 3}, 2: {9}}
	o, err := TopoSort(nums)
	fmt.Println(o, err)
	nums[1] = []int{2}
	_, err = TopoSort(nums)
	fmt.Printf("%v (%T)\n", err, err)
}
