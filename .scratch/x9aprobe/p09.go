// Exercises: struct equality with arrays and interfaces, map with struct keys printed sorted, array of structs as key
package main

import "fmt"

type P struct {
	X, Y int
	Tag  string
}

func main() {
	a := P{1, 2, "a"}
	b := P{1, 2, "a"}
	fmt.Println(a == b, &a == &b)
	var i1, i2 interface{} = a, b
	fmt.Println(i1 == i2, i1 != P{})
	m := map[P]string{{2, 1, "z"}: "second", {1, 9, "a"}: "first", {1, 2, "b"}: "x"}
	fmt.Println(m)
	k := map[[2]int]bool{{3, 4}: true, {1, 2}: false}
	fmt.Println(k, len(k))
	type pair struct{ a, b interface{} }
	fmt.Println(pair{1, "x"} == pair{1, "x"}, pair{1, 2} == pair{1, 2.0})
}
