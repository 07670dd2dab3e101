// Exercises: filtering a slice in place reusing its backing array, and removing by index.
package main

import "fmt"

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	kept := nums[:0]
	for _, n := range nums {
		if n%3 != 0 {
			kept = append(kept, n)
		}
	}
	fmt.Println(kept, len(kept), cap(kept))
	fmt.Println(nums)
	i := 2
	kept = append(kept[:i], kept[i+1:]...)
	fmt.Println(kept)
	clear(nums[len(kept):])
	fmt.Println(nums)
}
