package main

import "fmt"

type T struct{ X int }

func local() any {
	type T struct{ X int }
	return T{2}
}

func main() {
	_, ok := local().(T)
	// go: false false; gobackprop: true true (the lowering's same-structure check misses local types)
	fmt.Println(ok, local() == any(T{2}))
}
