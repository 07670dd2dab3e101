// Exercises: asserting a value-typed dynamic value to an interface needing pointer methods yields ok=false
package main

import "fmt"

type C struct{ n int }

func (c C) Get() int { return c.n }
func (c *C) Inc()    { c.n++ }

type Incer interface{ Inc() }

func main() {
	var g interface{ Get() int } = C{}
	_, ok := g.(Incer)
	fmt.Println(ok)
}
