// Exercises: ranging over nil slices, nil maps and empty strings performs no iterations.
package main

import "fmt"

func main() {
	var s []int
	var m map[string]int
	var str string
	count := 0
	for range s {
		count++
	}
	for range m {
		count++
	}
	for range str {
		count++
	}
	fmt.Println("iterations:", count)
	var fn func(func(int) bool)
	if fn == nil {
		fmt.Println("nil iterator not ranged")
	}
	for i, v := range [0]int{} {
		fmt.Println(i, v)
	}
	fmt.Println("end")
}
