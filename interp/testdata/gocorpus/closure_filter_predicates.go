// Exercises: higher-order functions combining predicate closures.
package main

import "fmt"

type Pred func(int) bool

func and(ps ...Pred) Pred {
	return func(n int) bool {
		for _, p := range ps {
			if !p(n) {
				return false
			}
		}
		return true
	}
}

func not(p Pred) Pred { return func(n int) bool { return !p(n) } }

func divisibleBy(d int) Pred { return func(n int) bool { return n%d == 0 } }

func filter(xs []int, p Pred) []int {
	var out []int
	for _, x := range xs {
		if p(x) {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	var nums []int
	for i := 1; i <= 30; i++ {
		nums = append(nums, i)
	}
	fmt.Println(filter(nums, and(divisibleBy(3), not(divisibleBy(2)))))
	fmt.Println(filter(nums, and(divisibleBy(5), func(n int) bool { return n > 12 })))
}
