package main

import (
	"fmt"
	"sync"
)

func main() {
	// Go 1.22: each iteration has its own variable
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// range variables too
	var prints []func()
	for _, s := range []string{"a", "b", "c"} {
		prints = append(prints, func() { fmt.Print(s) })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()

	// modifying the loop var inside the body affects only that iteration's copy
	var gs []func() int
	for i := 0; i < 6; i++ {
		gs = append(gs, func() int { return i })
		i++
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// shared variable declared outside the loop
	var hs []func() int
	j := 0
	for j < 3 {
		hs = append(hs, func() int { return j })
		j++
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()

	// goroutines capturing loop variables
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * 10
		}()
	}
	wg.Wait()
	fmt.Println(results)

	// counter generator
	counter := func() func() int {
		c := 0
		return func() int {
			c++
			return c
		}
	}
	c1, c2 := counter(), counter()
	fmt.Println(c1(), c1(), c2(), c1())

	// defer in loop with closure vs argument
	func() {
		for i := range 3 {
			defer func() { fmt.Print("c", i, " ") }()
			defer fmt.Print("a", i, " ")
		}
	}()
	fmt.Println()

	// address of loop variable differs per iteration
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])
}
