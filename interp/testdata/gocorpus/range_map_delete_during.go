// Exercises: deleting map entries while ranging is safe; count results deterministically.
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]string{}
	for i := range 20 {
		m[i] = fmt.Sprint(i)
	}
	for k := range m {
		if k%3 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys)
	visited := 0
	for k := range m {
		delete(m, k)
		visited++
	}
	fmt.Println(visited, len(m))
}
