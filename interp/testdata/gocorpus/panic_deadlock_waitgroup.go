// Exercises: fatal error - deadlock waiting on a WaitGroup whose counter never reaches zero.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type job struct {
	name string
	out  string
}

func main() {
	jobs := []*job{{name: "alpha"}, {name: "beta"}}
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Go(func() { j.out = strings.ToUpper(j.name) })
	}
	wg.Wait()
	for _, j := range jobs {
		fmt.Println(j.name, "->", j.out)
	}
	wg.Add(len(jobs) + 1)
	for range jobs {
		go wg.Done()
	}
	fmt.Println("one Done is missing; waiting forever")
	wg.Wait()
}
