// Exercises: unrecovered runtime panic - slice index out of range after some output.
package main

import "fmt"

func main() {
	scores := []int{90, 85, 77}
	for i, s := range scores {
		fmt.Println(i, s)
	}
	idx := len(scores)
	fmt.Println("about to read index", idx)
	fmt.Println(scores[idx])
}
