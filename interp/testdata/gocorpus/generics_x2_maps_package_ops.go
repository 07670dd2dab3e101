// Exercises: maps.Keys/Values with slices.Sorted, maps.Clone, maps.Equal, maps.DeleteFunc.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	stock := map[string]int{"apple": 5, "pear": 0, "kiwi": 12, "plum": 0}
	fmt.Println(slices.Sorted(maps.Keys(stock)))
	fmt.Println(slices.Sorted(maps.Values(stock)))
	backup := maps.Clone(stock)
	fmt.Println(maps.Equal(stock, backup))
	maps.DeleteFunc(stock, func(k string, v int) bool { return v == 0 })
	fmt.Println(len(stock), len(backup), maps.Equal(stock, backup))
	fmt.Println(stock)
	extra := map[string]int{"mango": 3, "apple": 9}
	maps.Copy(stock, extra)
	fmt.Println(stock)
	inverted := map[int]string{}
	for k, v := range stock {
		inverted[v] = k
	}
	for _, n := range slices.Sorted(maps.Keys(inverted)) {
		fmt.Println(n, inverted[n])
	}
	same := maps.EqualFunc(map[string]int{"a": 1}, map[string]float64{"a": 1.0},
		func(x int, y float64) bool { return float64(x) == y })
	fmt.Println(same)
}
