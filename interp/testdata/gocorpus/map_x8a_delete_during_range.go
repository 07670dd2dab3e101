// Exercises: deleting map entries during range is allowed; results checked without depending on order
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]string{}
	for i := 0; i < 10; i++ {
		m[i] = fmt.Sprint("v", i)
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	var keys []int
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println("even keys remain:", keys, len(m))
	for k := range m {
		delete(m, k)
	}
	fmt.Println("cleared by range delete:", len(m), m)
	m2 := map[string]int{"a": 1, "b": 2, "c": 3}
	sum := 0
	for k, v := range m2 {
		sum += v
		m2[k] = v * 10
	}
	fmt.Println("update existing during range:", sum, m2)
	clear(m2)
	fmt.Println("clear builtin:", len(m2))
}
