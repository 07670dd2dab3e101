// Exercises: decorator memoizing a func type, closure over map, call counting through struct field, method value
package main

import "fmt"

type IntFunc func(int) int

type Counter struct{ calls int }

func (c *Counter) Wrap(f IntFunc) IntFunc {
	return func(n int) int {
		c.calls++
		return f(n)
	}
}

func Memo(f IntFunc) IntFunc {
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
	c := &Counter{}
	var fib IntFunc
	fib = Memo(c.Wrap(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}))
	fmt.Println(fib(40), c.calls)
	fmt.Println(fib(41), c.calls)
	wrap := c.Wrap
	sq := wrap(func(n int) int { return n * n })
	fmt.Println(sq(7), sq(8), c.calls)
}
