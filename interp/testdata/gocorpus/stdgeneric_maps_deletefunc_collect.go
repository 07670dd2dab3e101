// Exercises: maps.DeleteFunc, maps.Collect, maps.All, maps.Insert, maps.Copy.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	stock := map[string]int{"apple": 0, "pear": 4, "plum": 0, "fig": 9}
	maps.DeleteFunc(stock, func(k string, v int) bool { return v == 0 })
	fmt.Println(stock)
	inverse := maps.Collect(func(yield func(int, string) bool) {
		for k, v := range maps.All(stock) {
			if !yield(v, k) {
				return
			}
		}
	})
	fmt.Println(inverse)
	extra := map[string]int{"kiwi": 2, "pear": 10}
	maps.Insert(stock, maps.All(extra))
	fmt.Println(stock)
	dst := map[string]int{"x": 1}
	maps.Copy(dst, map[string]int{"y": 2, "x": 3})
	fmt.Println(dst)
	fromSlice := maps.Collect(slices.All([]string{"zero", "one"}))
	fmt.Println(fromSlice)
}
