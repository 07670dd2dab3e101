// Exercises: closures appended in a loop (Go 1.22 per-iteration variables), defer in a loop printing in reverse, WaitGroup workers writing res[i], method value captured before mutation
package main

import (
	"fmt"
	"sync"
)

type counter struct{ n int }

func (c counter) Get() int { return c.n }
func (c *counter) Inc()    { c.n++ }

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	func() {
		for i := 0; i < 3; i++ {
			defer fmt.Print(i, ";")
		}
	}()
	fmt.Println()
	res := make([]int, 5)
	var wg sync.WaitGroup
	for i := range res {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = i * 10
		}()
	}
	wg.Wait()
	fmt.Println(res)
	c := counter{n: 1}
	get := c.Get
	inc := c.Inc
	inc()
	inc()
	fmt.Println(get(), c.Get(), c.n)
}
