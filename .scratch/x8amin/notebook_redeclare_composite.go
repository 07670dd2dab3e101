// Exercises: in := redeclaring an existing variable, the right side reads the old value (notebook style)
package main

import "fmt"

func main() {
	k := 1
	k, arr := k+1, [2]int{k, k}
	fmt.Println(k, arr)
}
