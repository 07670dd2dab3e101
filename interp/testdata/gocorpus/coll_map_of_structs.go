// Exercises: maps of structs vs maps of struct pointers for updates.
package main

import "fmt"

type Item struct {
	Name  string
	Count int
}

func main() {
	byVal := map[string]Item{"a": {"apple", 1}}
	it := byVal["a"]
	it.Count += 10
	fmt.Println(byVal["a"].Count)
	byVal["a"] = it
	fmt.Println(byVal["a"].Count)
	byPtr := map[string]*Item{"b": {"banana", 2}}
	byPtr["b"].Count += 10
	fmt.Println(byPtr["b"].Count, *byPtr["b"])
	fmt.Println(byVal)
}
