// Exercises: an uncaught custom panic ends the program after output
package main

import "fmt"

type ValidationError struct{ Field string }

func (e ValidationError) Error() string { return "invalid " + e.Field }

func main() {
	defer fmt.Println("deferred runs before crash")
	fmt.Println("start")
	panic(ValidationError{"age"})
}
