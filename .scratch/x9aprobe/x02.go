// Exercises: a set as map[string]struct{} printed while a user empty struct type has a String method
package main

import "fmt"

type none struct{}

func (none) String() string { return "none" }

func main() {
	set := map[string]struct{}{"b": {}, "a": {}}
	fmt.Println(set, len(set), none{})
	fmt.Printf("%v %+v\n", struct{}{}, []struct{}{{}, {}})
}
