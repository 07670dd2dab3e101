// Exercises: sort.Strings, sort.Ints, sort.Float64s, sort.SearchInts, sort.Sort(sort.Reverse(sort.IntSlice))
package main

import (
	"fmt"
	"sort"
)

func main() {
	s := []string{"pear", "Apple", "banana", "apple"}
	sort.Strings(s)
	fmt.Println(s)
	n := []int{5, 1, 4, 1, 3}
	sort.Ints(n)
	fmt.Println(n, sort.SearchInts(n, 4), sort.SearchInts(n, 2))
	f := []float64{2.5, -1, 0.3}
	sort.Float64s(f)
	fmt.Println(f)
	sort.Sort(sort.Reverse(sort.IntSlice(n)))
	fmt.Println(n)
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
}
