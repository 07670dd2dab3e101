// Exercises: range over slices, arrays, strings (runes and byte offsets), maps (sorted keys), channels and functions.
package main

import (
	"fmt"
	"sort"
)

func main() {
	nums := []int{2, 3, 4}
	sum := 0
	for _, num := range nums {
		sum += num
	}
	fmt.Println("sum:", sum)
	for i, num := range nums {
		if num == 3 {
			fmt.Println("index:", i)
		}
	}
	arr := [3]string{"x", "y", "z"}
	for i := range arr {
		fmt.Print(i, arr[i], " ")
	}
	fmt.Println()
	kvs := map[string]string{"a": "apple", "b": "banana"}
	keys := make([]string, 0)
	for k := range kvs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s -> %s\n", k, kvs[k])
	}
	for i, c := range "go€!" {
		fmt.Println(i, c, string(c))
	}
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	countdown := func(yield func(int) bool) {
		for i := 3; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
	for v := range countdown {
		fmt.Print(v, "...")
	}
	fmt.Println("liftoff")
}
