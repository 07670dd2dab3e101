// Exercises: range over an array copies it
package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, v, " ")
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		fmt.Print(i, v, " ")
	}
	p := &arr
	for i, v := range p {
		p[2] = 7
		fmt.Print(i, v, " ")
	}
	fmt.Println(arr)
}
