// Exercises: maps.Keys, maps.Values, maps.Clone, maps.Equal, maps.EqualFunc.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	keys := slices.Collect(maps.Keys(m))
	slices.Sort(keys)
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	c := maps.Clone(m)
	fmt.Println(maps.Equal(m, c))
	c["four"] = 4
	fmt.Println(maps.Equal(m, c), len(m), len(c))
	up := map[string]string{"ONE": "x"}
	low := map[string]string{"ONE": "X"}
	fmt.Println(maps.EqualFunc(up, low, strings.EqualFold))
	var nilMap map[string]int
	fmt.Println(maps.Clone(nilMap) == nil)
}
