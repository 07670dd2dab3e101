// Exercises: unrecovered panic with a user-defined error type; the runtime prints its Error().
package main

import "fmt"

type ValidationError struct {
	Field string
	Value int
}

func (v *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", v.Field, v.Value)
}

func setAge(age int) int {
	if age < 0 {
		panic(&ValidationError{"age", age})
	}
	return age
}

func main() {
	fmt.Println(setAge(30))
	fmt.Println(setAge(0))
	fmt.Println(setAge(-4))
}
