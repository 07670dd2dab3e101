// Exercises: asserting to an interface a value of a user type that has no methods
package main

import "fmt"

type Named interface{ Name() string }

type Cat struct{ n string }

func main() {
	var x interface{} = Cat{"tom"}
	_, ok := x.(Named)
	fmt.Println(ok)
}
