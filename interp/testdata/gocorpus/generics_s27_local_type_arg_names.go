// %T of generic instances whose type arguments are types declared in
// functions: gc numbers each by its place among the local types.
package main

import "fmt"

type Box[T any] struct{ v T }

func f() {
	type key struct{ x int }
	type other struct{}
	fmt.Printf("%T %T\n", Box[key]{}, Box[other]{})
}

func g() {
	type zed int
	type key string
	fmt.Printf("%T %T %T\n", Box[key]{}, Box[zed]{}, key(""))
}

func main() {
	type key struct{ x int }
	type a struct{}
	fmt.Printf("%T %T %T\n", Box[key]{}, Box[a]{}, Box[[]key]{})
	f()
	g()
	func() {
		type key bool
		fmt.Printf("%T\n", Box[key]{})
	}()
}
