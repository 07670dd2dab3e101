// Exercises: method value with value receiver copies the receiver at evaluation time.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

func main() {
	c := Counter{n: 1}
	get := c.Get
	inc := c.Inc
	inc()
	inc()
	fmt.Println("method value sees", get(), "actual", c.n, c.Get())
	pget := (&c).Get
	c.n = 50
	fmt.Println(pget(), c.Get())
}
