// Compile error: calling append as a statement and discarding its result.
// Expected: append(nums, 4) (value of type []int) is not used
package main

import "fmt"

func main() {
	nums := []int{1, 2, 3}
	append(nums, 4)
	fmt.Println(nums)
}
