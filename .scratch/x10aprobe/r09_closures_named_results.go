package main

import (
	"errors"
	"fmt"
)

func withCleanup() (err error) {
	cleanup := func() error { return errors.New("cleanup failed") }
	defer func() {
		if cerr := cleanup(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	return nil
}

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 100 }
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	fmt.Println(withCleanup())
	next, reset := counter()
	next()
	next()
	reset()
	fmt.Println(next())
	calls := 0
	var fib func(int) int
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), calls)
	fs := make([]func() int, 3)
	for i := range fs {
		fs[i] = func() int { return i * 10 }
	}
	fmt.Println(fs[0](), fs[1](), fs[2]())
}
