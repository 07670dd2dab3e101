// Exercises: ranging over an array iterates a copy; over a pointer to array sees updates.
package main

import "fmt"

func main() {
	arr := [4]int{1, 2, 3, 4}
	for i, v := range arr {
		if i == 0 {
			arr[3] = 100
		}
		fmt.Print(v, " ")
	}
	fmt.Println(arr)

	arr2 := [4]int{1, 2, 3, 4}
	for i, v := range &arr2 {
		if i == 0 {
			arr2[3] = 100
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	var p *[3]string
	for i := range p {
		fmt.Print(i, " ")
	}
	fmt.Println(len(p))
}
