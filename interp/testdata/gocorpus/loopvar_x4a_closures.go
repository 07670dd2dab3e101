// Exercises: Go 1.22 per-iteration loop variables: closures capturing for-clause and range variables, pointers to loop variables, goroutines per iteration.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var prints []func()
	for i := 0; i < 3; i++ {
		prints = append(prints, func() { fmt.Print(i, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var fs []func() string
	for _, s := range []string{"a", "b", "c"} {
		fs = append(fs, func() string { return s })
	}
	for _, f := range fs {
		fmt.Print(f())
	}
	fmt.Println()
	out := make([]int, 4)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(out)
	var mods []func() int
	for i := 0; i < 6; i++ {
		i++
		mods = append(mods, func() int { return i })
	}
	for _, m := range mods {
		fmt.Print(m(), " ")
	}
	fmt.Println()
}
