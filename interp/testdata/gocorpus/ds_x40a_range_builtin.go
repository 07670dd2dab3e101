package main

import (
	"fmt"
	"maps"
	"slices"
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

	kvs := map[string]string{"a": "apple", "b": "banana", "c": "cherry"}
	for _, k := range slices.Sorted(maps.Keys(kvs)) {
		fmt.Printf("%s -> %s\n", k, kvs[k])
	}
	fmt.Println(kvs)

	for i, c := range "go€x" {
		fmt.Println(i, c, string(c))
	}

	arr := [5]float64{1.5, 2.5}
	for i := range arr {
		arr[i] *= 2
	}
	fmt.Println(arr, len(arr))

	for i := range 3 {
		fmt.Print(i, ";")
	}
	fmt.Println()

	ch := make(chan string, 3)
	ch <- "one"
	ch <- "two"
	close(ch)
	for s := range ch {
		fmt.Println("recv", s)
	}

	grid := [][]int{{1, 2}, {3, 4}, {5, 6}}
	for r, row := range grid {
		for c := range row {
			grid[r][c] *= 10
		}
	}
	fmt.Printf("%v\n", grid)

	counts := make(map[rune]int)
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	keys := slices.Collect(maps.Keys(counts))
	slices.Sort(keys)
	fmt.Printf("%q\n", keys)
}
