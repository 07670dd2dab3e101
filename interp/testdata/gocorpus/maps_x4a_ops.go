// Exercises: maps: make, set/get, zero value on missing key, comma-ok, delete, clear, literals, maps package, printing sorted by fmt.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := make(map[string]int)
	m["k1"] = 7
	m["k2"] = 13
	fmt.Println("map:", m)
	v1 := m["k1"]
	fmt.Println("v1:", v1)
	v3 := m["k3"]
	fmt.Println("v3:", v3)
	fmt.Println("len:", len(m))
	delete(m, "k2")
	fmt.Println("map:", m)
	_, prs := m["k2"]
	fmt.Println("prs:", prs)
	if v, ok := m["k1"]; ok {
		fmt.Println("found", v)
	}
	clear(m)
	fmt.Println("map:", m, len(m))
	n := map[string]int{"foo": 1, "bar": 2, "baz": 3}
	n2 := map[string]int{"baz": 3, "bar": 2, "foo": 1}
	fmt.Println(n, maps.Equal(n, n2))
	keys := slices.Sorted(maps.Keys(n))
	fmt.Println(keys)
	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['o'], counts['z'])
	nested := map[string][]int{}
	nested["a"] = append(nested["a"], 1, 2)
	nested["b"] = append(nested["b"], 3)
	fmt.Println(nested)
}
