// Exercises: struct{}{} in an interface asserted to fmt.Stringer when a user type S struct{} has String
package main

import "fmt"

type S struct{}

func (S) String() string { return "S!" }

func main() {
	var x interface{} = struct{}{}
	_, ok := x.(fmt.Stringer)
	fmt.Println(ok, S{})
}
