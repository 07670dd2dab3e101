// Exercises: sieve of Eratosthenes with a const-sized bool array, gcd/lcm by hand with int64, prime factorisation into a map printed by fmt
package main

import "fmt"

const N = 200

var composite [N + 1]bool

func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func lcm(a, b int64) int64 { return a / gcd(a, b) * b }

func factor(n int) map[int]int {
	f := map[int]int{}
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func main() {
	var primes []int
	for i := 2; i <= N; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= N; j += i {
			composite[j] = true
		}
	}
	fmt.Println(len(primes), primes[len(primes)-5:])
	var l int64 = 1
	for i := int64(1); i <= 20; i++ {
		l = lcm(l, i)
	}
	fmt.Println("lcm 1..20 =", l, "gcd =", gcd(462, 1071))
	fmt.Println(factor(360), factor(97), factor(1001))
}
