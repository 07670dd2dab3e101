package main

import (
	"fmt"
	"sort"
	"sync"
)

// Since Go 1.22 each iteration has its own loop variable.
// This program shows the behaviour and the explicit idioms that remain useful.

func main() {
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Pointers to the loop variable are distinct per iteration.
	var ptrs []*string
	for _, name := range []string{"ann", "bob", "cid"} {
		ptrs = append(ptrs, &name)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// A variable declared outside the loop is still shared.
	var shared int
	var sharedFuncs []func() int
	for shared = 0; shared < 3; {
		sharedFuncs = append(sharedFuncs, func() int { return shared })
		shared++
	}
	for _, f := range sharedFuncs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Goroutines capture their own iteration value.
	var mu sync.Mutex
	var wg sync.WaitGroup
	results := []string{}
	for i, word := range []string{"alpha", "beta", "gamma", "delta"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			results = append(results, fmt.Sprintf("%d:%s", i, word))
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(results)
	fmt.Println(results)

	// Modifying the loop variable inside the body affects only this iteration's copy
	// but the three-clause loop copies it forward to the next iteration.
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			i++
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	// Counter generators: each closure has its own state.
	makeCounter := func(start int) func() int {
		n := start
		return func() int {
			n++
			return n
		}
	}
	c1, c2 := makeCounter(0), makeCounter(100)
	fmt.Println(c1(), c1(), c2(), c1(), c2())

	// Closures over a struct field via a method value bind the receiver at evaluation.
	type greeter struct{ name string }
	g := greeter{"first"}
	hello := func(gr greeter) func() string {
		return func() string { return "hello " + gr.name }
	}(g)
	g.name = "second"
	fmt.Println(hello(), g.name)
}
