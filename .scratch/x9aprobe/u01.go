// Exercises: interface comparisons and assertions between a named int and int
package main

import "fmt"

type Count int

func main() {
	var a, b any = Count(1), 1
	fmt.Println(a == b, a == any(Count(1)))
	_, ok1 := b.(Count)
	_, ok2 := a.(int)
	_, ok3 := a.(Count)
	fmt.Println(ok1, ok2, ok3)
	m := map[any]string{Count(1): "count", 1: "int"}
	fmt.Println(len(m), m[Count(1)], m[1])
}
