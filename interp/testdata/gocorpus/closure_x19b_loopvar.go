package main

import (
	"fmt"
	"sync"
)

func main() {
	var fns []func() int
	for i := 0; i < 4; i++ {
		fns = append(fns, func() int { return i * i })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
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

	// mutation within the body affects the per-iteration copy, and the next iteration starts from it
	var seen []int
	for i := 0; i < 10; i++ {
		seen = append(seen, i)
		i++
	}
	fmt.Println(seen)

	// closures capture per-iteration var and can modify it before the post statement
	var got []func() int
	for i := 0; i < 6; i += 2 {
		got = append(got, func() int { return i })
		i++
	}
	for _, g := range got {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	var wg sync.WaitGroup
	results := make([]string, 3)
	for i, name := range []string{"ann", "bob", "cy"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = fmt.Sprintf("%d:%s", i, name)
		}()
	}
	wg.Wait()
	fmt.Println(results)

	counter := func() func() int {
		c := 0
		return func() int {
			c++
			return c
		}
	}
	c1, c2 := counter(), counter()
	c1()
	c1()
	fmt.Println(c1(), c2())

	m := map[string]func(){}
	for _, k := range []string{"a", "b"} {
		m[k] = func() { fmt.Println("key", k) }
	}
	m["a"]()
	m["b"]()
}
