// Exercises: generic GroupBy returning map[K][]T, printed in sorted key order.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Employee struct {
	Name string
	Dept string
	Age  int
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

func main() {
	staff := []Employee{
		{"Ann", "eng", 31}, {"Bob", "ops", 45}, {"Cid", "eng", 28},
		{"Dee", "sales", 39}, {"Eve", "ops", 33},
	}
	byDept := GroupBy(staff, func(e Employee) string { return e.Dept })
	for _, d := range slices.Sorted(maps.Keys(byDept)) {
		names := []string{}
		for _, e := range byDept[d] {
			names = append(names, e.Name)
		}
		fmt.Printf("%-5s %s\n", d, strings.Join(names, ","))
	}
	byDecade := GroupBy(staff, func(e Employee) int { return e.Age / 10 * 10 })
	for _, k := range slices.Sorted(maps.Keys(byDecade)) {
		fmt.Println(k, len(byDecade[k]))
	}
	byLen := GroupBy([]string{"a", "bb", "cc", "d", "eee"}, func(s string) int { return len(s) })
	fmt.Println(byLen[1], byLen[2], byLen[3])
}
