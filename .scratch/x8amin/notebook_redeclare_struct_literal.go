// Exercises: notebook-style := redeclaring k next to a new variable given a composite literal: the statement is lost
package main

import "fmt"

type P struct{ A int }

func main() {
	k := 1
	k, p := k+1, P{k}
	fmt.Println(k, p)
}
