// Exercises: defer with method value and receiver evaluated at defer time
package main

import "fmt"

type C struct{ n int }

func (c C) Show()   { fmt.Println("show", c.n) }
func (c *C) PShow() { fmt.Println("pshow", c.n) }

func main() {
	c := C{1}
	defer c.Show()
	defer c.PShow()
	f := c.Show
	c.n = 2
	f()
	defer fmt.Println("args", c.n)
	c.n = 3
}
