// Exercises: maps package: Clone, Equal, DeleteFunc, Copy, Values collected and sorted; clear
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	c := maps.Clone(m)
	c["d"] = 4
	fmt.Println(maps.Equal(m, c), len(m), len(c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(c)
	maps.Copy(c, map[string]int{"z": 26})
	vals := slices.Sorted(maps.Values(c))
	fmt.Println(vals)
	clear(m)
	fmt.Println(m, len(m))
}
