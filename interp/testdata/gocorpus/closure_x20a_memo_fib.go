package main

import (
	"fmt"
	"math/big"
)

func memoize(f func(func(int) int, int) int) func(int) int {
	cache := map[int]int{}
	var g func(int) int
	g = func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(g, n)
		cache[n] = v
		return v
	}
	return g
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func counter() (inc func() int, get func() int, reset func()) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	reset = func() { n = 0 }
	return
}

func bigFib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for range n {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func main() {
	calls := 0
	fib := memoize(func(self func(int) int, n int) int {
		calls++
		if n < 2 {
			return n
		}
		return self(n-1) + self(n-2)
	})
	fmt.Println(fib(50), calls)
	fmt.Println(fib(60), calls)
	g := fibGen()
	for range 15 {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	inc, get, reset := counter()
	inc()
	inc()
	fmt.Println(get(), inc())
	reset()
	fmt.Println(get())
	fmt.Println(bigFib(100), bigFib(1).String(), len(bigFib(500).String()))
	var funcs []func() int
	for i := range 4 {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), ",")
	}
	fmt.Println()
	adders := map[string]func(int) int{}
	for _, d := range []int{1, 5, 10} {
		adders[fmt.Sprintf("add%d", d)] = func(x int) int { return x + d }
	}
	fmt.Println(adders["add5"](100), adders["add10"](adders["add1"](0)))
}
