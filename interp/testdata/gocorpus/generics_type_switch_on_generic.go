// Exercises: type switch on a value of type parameter type converted to any.
package main

import "fmt"

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return fmt.Sprintf("string %q", x)
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type ID int

func (i ID) String() string { return fmt.Sprintf("ID-%03d", int(i)) }

func main() {
	fmt.Println(Describe(5))
	fmt.Println(Describe("x"))
	fmt.Println(Describe(ID(7)))
	fmt.Println(Describe([]int{1}))
	fmt.Println(Describe[any](nil))
}
