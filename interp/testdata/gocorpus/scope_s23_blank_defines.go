// Exercises: top-level defines with the blank identifier beside other variables (a pair, comma-ok of a map, an assertion, a receive, a conversion error), then a blank assignment of another type
package main

import (
	"fmt"
	"slices"
	"strconv"
)

func pair() (string, int) { return "a", 1 }

func main() {
	_, ok := "s", true
	fmt.Println(ok)
	_ = slices.Max([]int{1})
	m := map[string]int{"a": 1}
	_, found := m["a"]
	_, err := strconv.Atoi("x")
	_, n := pair()
	var x any = 3
	_, isInt := x.(int)
	ch := make(chan int, 1)
	ch <- 5
	_, open := <-ch
	fmt.Println(found, err, n, isInt, open)
	for _, v := range []int{1, 2} {
		_, w := v, v*2
		fmt.Println(w)
	}
}
