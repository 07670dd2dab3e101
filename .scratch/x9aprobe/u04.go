// Exercises: %T and %v of two method-less same-shaped struct types in a []any
package main

import "fmt"

type Student struct{ Name string }
type Teacher struct{ Name string }

func main() {
	people := []any{Student{"amy"}, Teacher{"bob"}}
	for _, p := range people {
		fmt.Printf("%T %v\n", p, p)
	}
	_, isT := people[0].(Teacher)
	fmt.Println(isT)
}
