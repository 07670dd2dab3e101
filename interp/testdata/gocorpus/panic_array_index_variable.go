// Exercises: unrecovered runtime panic - array index out of range with a variable index.
package main

import "fmt"

func main() {
	var week [7]string
	names := []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
	for i, n := range names {
		week[i] = n
	}
	fmt.Println(week)
	day := 0
	for _, n := range names {
		day += len(n) - 2
	}
	fmt.Println("computed day index", day)
	fmt.Println(week[day])
}
