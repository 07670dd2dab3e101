// Exercises: a deferred closure can change a named result after return.
package main

import "fmt"

func double(n int) (result int) {
	defer func() {
		result *= 2
	}()
	return n + 1
}

func safeLen(s []int) (n int, note string) {
	defer func() {
		if n == 0 {
			note = "empty"
		} else {
			note = "has items"
		}
	}()
	n = len(s)
	return
}

func main() {
	fmt.Println(double(3))
	fmt.Println(double(-1))
	fmt.Println(safeLen(nil))
	fmt.Println(safeLen([]int{4, 5}))
}
