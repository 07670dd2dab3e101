// Exercises: closure-based iterators returning (value, ok) and a generator of primes.
package main

import "fmt"

func iterate(xs []string) func() (string, bool) {
	i := 0
	return func() (string, bool) {
		if i >= len(xs) {
			return "", false
		}
		i++
		return xs[i-1], true
	}
}

func primes() func() int {
	found := []int{}
	n := 1
	return func() int {
		for {
			n++
			isPrime := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					isPrime = false
					break
				}
			}
			if isPrime {
				found = append(found, n)
				return n
			}
		}
	}
}

func main() {
	next := iterate([]string{"red", "green", "blue"})
	for v, ok := next(); ok; v, ok = next() {
		fmt.Println(v)
	}
	_, ok := next()
	fmt.Println("exhausted:", !ok)
	p := primes()
	var ps []int
	for i := 0; i < 15; i++ {
		ps = append(ps, p())
	}
	fmt.Println(ps)
}
