package main

import "fmt"

type counter func() int

func makeCounter(start, step int) counter {
	n := start - step
	return func() int {
		n += step
		return n
	}
}

func adders() []func(int) int {
	var fs []func(int) int
	for i := 0; i < 4; i++ {
		fs = append(fs, func(x int) int { return x + i })
	}
	return fs
}

func memo(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	hits := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			hits++
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}, &hits
}

func main() {
	a := makeCounter(10, 5)
	b := makeCounter(0, 1)
	for i := 0; i < 3; i++ {
		fmt.Print(a(), " ", b(), "; ")
	}
	fmt.Println()

	for i, f := range adders() {
		fmt.Printf("adder[%d](100)=%d\n", i, f(100))
	}

	square, hits := memo(func(n int) int { return n * n })
	total := 0
	for _, n := range []int{3, 4, 3, 5, 4, 3} {
		total += square(n)
	}
	fmt.Println("total", total, "hits", *hits)

	var fns []func()
	x := 1
	fns = append(fns, func() { fmt.Println("x is", x) })
	x = 2
	fns = append(fns, func() { x *= 10 })
	for _, f := range fns {
		f()
	}
	fns[0]()

	defers := func() (out []int) {
		for i := range 3 {
			defer func() { out = append(out, i*i) }()
		}
		return nil
	}
	fmt.Println(defers())
}
