// Exercises: unrecovered runtime panic - assignment to entry in nil map.
package main

import "fmt"

type Registry struct {
	entries map[string]int
}

func main() {
	var r Registry
	fmt.Println("lookup on nil map is fine:", r.entries["x"], len(r.entries))
	for k, v := range r.entries {
		fmt.Println(k, v)
	}
	fmt.Println("now writing")
	r.entries["x"] = 1
	fmt.Println("unreachable")
}
