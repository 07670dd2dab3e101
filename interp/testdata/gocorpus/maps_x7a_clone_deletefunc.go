// Exercises: maps.Clone independence, maps.DeleteFunc, maps.Equal, maps.EqualFunc, maps.Copy, clear on map and slice
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	stock := map[string]int{"apple": 5, "pear": 0, "plum": 2, "kiwi": 0}
	snap := maps.Clone(stock)
	maps.DeleteFunc(stock, func(k string, v int) bool { return v == 0 })
	fmt.Println(len(stock), len(snap), stock)
	fmt.Println(slices.Sorted(maps.Keys(snap)))
	fmt.Println(maps.Equal(stock, snap))
	upper := map[string]int{"APPLE": 5, "PLUM": 2}
	fmt.Println(maps.EqualFunc(stock, map[string]int{"apple": 5, "plum": 2}, func(a, b int) bool { return a == b }))
	_ = upper
	maps.Copy(stock, map[string]int{"fig": 9, "apple": 6})
	fmt.Println(stock)
	keys := slices.Collect(maps.Keys(stock))
	slices.Sort(keys)
	fmt.Println(strings.Join(keys, "|"))
	clear(stock)
	fmt.Println(len(stock), stock == nil)
	xs := []int{1, 2, 3}
	clear(xs)
	fmt.Println(xs, len(xs))
	var nilMap map[string]int
	fmt.Println(maps.Clone(nilMap) == nil)
}
