// Exercises: comparison - struct and array equality field by field, arrays of structs, interface holding comparable values
package main

import "fmt"

type P struct {
	X, Y int
	Tag  string
}

func main() {
	a := P{1, 2, "t"}
	b := P{1, 2, "t"}
	c := P{1, 2, "u"}
	fmt.Println("struct equal:", a == b, "differs in tag:", a == c)
	arr1 := [3]int{1, 2, 3}
	arr2 := [3]int{1, 2, 3}
	arr2[2] = 4
	fmt.Println("arrays:", arr1 == [3]int{1, 2, 3}, arr1 == arr2)
	ps := [2]P{a, c}
	qs := [2]P{b, c}
	fmt.Println("array of structs:", ps == qs)
	var x, y interface{} = a, b
	fmt.Println("interfaces with equal structs:", x == y)
	m := map[P]int{a: 1}
	m[b]++
	fmt.Println("struct as map key:", m[a], len(m))
	type K [2]string
	km := map[K]bool{{"a", "b"}: true}
	fmt.Println("array as map key:", km[K{"a", "b"}], km[K{"b", "a"}])
}
