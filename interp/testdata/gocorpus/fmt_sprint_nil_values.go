// Exercises: printing nil slices, maps, pointers, funcs, interfaces and errors.
package main

import "fmt"

type T struct {
	S []int
	M map[string]int
	P *int
	E error
	A any
}

func main() {
	var t T
	fmt.Println(t)
	fmt.Printf("%+v\n", t)
	fmt.Printf("%#v\n", t.S)
	fmt.Printf("%#v\n", t.M)
	var e error
	fmt.Println(e, e == nil)
	fmt.Printf("%v %d %s\n", nil, []int(nil), []string{})
	fmt.Println(len(t.S), t.S == nil, len(t.M))
}
