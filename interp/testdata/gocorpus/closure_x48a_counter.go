package main

import "fmt"

func makeCounter() func() int {
	count := 0
	return func() int {
		count++
		return count
	}
}

func makeAccumulator(start float64) (add func(float64) float64, reset func()) {
	total := start
	add = func(x float64) float64 {
		total += x
		return total
	}
	reset = func() { total = start }
	return
}

func apply(nums []int, fns ...func(int) int) []int {
	out := make([]int, len(nums))
	copy(out, nums)
	for _, f := range fns {
		for i := range out {
			out[i] = f(out[i])
		}
	}
	return out
}

func main() {
	c1 := makeCounter()
	c2 := makeCounter()
	fmt.Println(c1(), c1(), c1(), c2())

	add, reset := makeAccumulator(10)
	fmt.Println(add(5), add(2.5))
	reset()
	fmt.Println(add(1))

	double := func(n int) int { return n * 2 }
	inc := func(n int) int { return n + 1 }
	fmt.Println(apply([]int{1, 2, 3}, double, inc))
	fmt.Println(apply([]int{1, 2, 3}, inc, double))

	var funcs []func() string
	for i, name := range []string{"ann", "ben", "cat"} {
		funcs = append(funcs, func() string { return fmt.Sprintf("%d:%s", i, name) })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for range 10 {
		fmt.Print(fib(), ",")
	}
	fmt.Println()
}
