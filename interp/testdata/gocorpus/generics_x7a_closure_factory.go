// Exercises: generic funcs returning closures (memoize, counter, compose), explicit instantiation stored in a var
package main

import "fmt"

func Memo[K comparable, V any](f func(K) V) (func(K) V, func() int) {
	cache := map[K]V{}
	calls := 0
	return func(k K) V {
			if v, ok := cache[k]; ok {
				return v
			}
			calls++
			v := f(k)
			cache[k] = v
			return v
		}, func() int {
			return calls
		}
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Counter[T comparable]() func(T) int {
	seen := map[T]int{}
	return func(x T) int {
		seen[x]++
		return seen[x]
	}
}

func main() {
	sq, calls := Memo(func(n int) int { return n * n })
	fmt.Println(sq(4), sq(4), sq(5), calls())
	lenThenDouble := Compose(func(s string) int { return len(s) }, func(n int) float64 { return float64(n) * 2.5 })
	fmt.Println(lenThenDouble("gopher"))
	c := Counter[string]()
	for _, w := range []string{"a", "b", "a", "a"} {
		fmt.Print(c(w), " ")
	}
	fmt.Println()
	toStr := Compose[int, int, string]
	f := toStr(func(n int) int { return n + 1 }, func(n int) string { return fmt.Sprintf("<%d>", n) })
	fmt.Println(f(41))
}
