package main

import "fmt"

type T struct{ X int }

func (t T) String() string { return "pkgT" }

func f() {
	type T struct{ X int }
	t := T{5}
	fmt.Println(t)
	fmt.Printf("%v %+v\n", t, t)
}

func main() {
	f()
}
