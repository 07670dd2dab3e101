// Exercises: sort.Strings, sort.Ints, sort.Float64s and sort.Search.
package main

import (
	"fmt"
	"sort"
)

func main() {
	names := []string{"banana", "Apple", "cherry", "apple"}
	sort.Strings(names)
	fmt.Println(names, sort.StringsAreSorted(names))
	nums := []int{5, -2, 9, 0, 3}
	sort.Ints(nums)
	fmt.Println(nums)
	fs := []float64{2.5, -1.25, 3}
	sort.Float64s(fs)
	fmt.Println(fs)
	i := sort.Search(len(nums), func(i int) bool { return nums[i] >= 4 })
	fmt.Println(i, nums[i])
	fmt.Println(sort.SearchStrings(names, "banana"))
}
