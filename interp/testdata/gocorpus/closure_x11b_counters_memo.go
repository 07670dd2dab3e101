// Exercises: closures as generators and counters, memoized recursive closure declared with var, function returning multiple closures sharing state
package main

import "fmt"

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func account(balance int) (deposit func(int), withdraw func(int) error, show func() int) {
	deposit = func(n int) { balance += n }
	withdraw = func(n int) error {
		if n > balance {
			return fmt.Errorf("insufficient: have %d, want %d", balance, n)
		}
		balance -= n
		return nil
	}
	show = func() int { return balance }
	return
}

func main() {
	f := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	memo := map[int]int{}
	calls := 0
	var ways func(n int) int
	ways = func(n int) int {
		calls++
		if n <= 1 {
			return 1
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = ways(n-1) + ways(n-2)
		return memo[n]
	}
	fmt.Println(ways(40), calls)
	dep, wd, show := account(10)
	dep(5)
	fmt.Println(wd(20), wd(12), show())
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i * i })
	}
	for _, g := range fs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}
