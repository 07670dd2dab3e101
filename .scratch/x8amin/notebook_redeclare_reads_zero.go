// Exercises: notebook-style := that redeclares k beside a new variable holding a composite literal: the right side must read the old k (Go: 1 [1 2])
package main

import "fmt"

func main() {
	k := 1
	k, arr := k, [2]int{k, 2}
	fmt.Println(k, arr)
}
