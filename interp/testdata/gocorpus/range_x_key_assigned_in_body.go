// Exercises: assigning to the key variable of a range loop changes only
// that iteration's copy, over a slice, an array, a pointer to an array, a
// string and an int.
package main

import "fmt"

func main() {
	xs := []int{10, 20, 30, 40}
	n := 0
	for i, x := range xs {
		i *= 2
		n++
		fmt.Print(i, ":", x, " ")
	}
	fmt.Println(n)
	arr := [3]string{"a", "b", "c"}
	for i := range arr {
		i += 10
		fmt.Print(i, " ")
	}
	for i := range &arr {
		i--
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, r := range "héllo" {
		i += 100
		fmt.Print(i, string(r), " ")
	}
	for i := range 3 {
		i *= 5
		fmt.Print(i, " ")
	}
	fmt.Println()
}
