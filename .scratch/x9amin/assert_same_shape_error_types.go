// Exercises: two error-ish types with the same structure, told apart by a type assertion after recover
package main

import "fmt"

type U0 struct{ msg string }
type U1 struct{ msg string }

func main() {
	var r interface{} = U1{"second"}
	_, ok := r.(U0)
	fmt.Println(ok)
}
