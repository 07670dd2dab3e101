// Compile error: calling a method the type does not have.
// Expected: c.Decrement undefined (type Counter has no field or method Decrement)
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Increment() { c.n++ }

func main() {
	var c Counter
	c.Increment()
	c.Decrement()
	fmt.Println(c.n)
}
