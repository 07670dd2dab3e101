package main

import "fmt"

func intSeq() func() int {
	i := 0
	return func() int {
		i++
		return i
	}
}

func makeMultiplier(factor int) func(int) int {
	return func(x int) int { return x * factor }
}

func compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func counterPair() (inc func(), get func() int) {
	n := 0
	inc = func() { n++ }
	get = func() int { return n }
	return
}

func main() {
	nextInt := intSeq()
	fmt.Println(nextInt())
	fmt.Println(nextInt())
	fmt.Println(nextInt())

	newInts := intSeq()
	fmt.Println(newInts())

	double := makeMultiplier(2)
	triple := makeMultiplier(3)
	fmt.Println(double(5), triple(5))

	toStr := compose(double, func(n int) string { return fmt.Sprintf("<%d>", n) })
	fmt.Println(toStr(21))

	inc, get := counterPair()
	for range 4 {
		inc()
	}
	fmt.Println("count:", get())

	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var fib func(n int) int
	memo := map[int]int{}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println("fib(50) =", fib(50))
	fmt.Printf("%T\n", fib)
}
