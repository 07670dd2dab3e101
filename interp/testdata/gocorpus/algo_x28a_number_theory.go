package main

import (
	"fmt"
	"sort"
	"strings"
)

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	if a < 0 {
		return -a
	}
	return a
}

func lcm(nums ...int) int {
	res := 1
	for _, n := range nums {
		res = res / gcd(res, n) * n
	}
	return res
}

func factorize(n int) map[int]int {
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

func formatFactors(f map[int]int) string {
	ps := make([]int, 0, len(f))
	for p := range f {
		ps = append(ps, p)
	}
	sort.Ints(ps)
	var parts []string
	for _, p := range ps {
		if f[p] == 1 {
			parts = append(parts, fmt.Sprint(p))
		} else {
			parts = append(parts, fmt.Sprintf("%d^%d", p, f[p]))
		}
	}
	return strings.Join(parts, " x ")
}

func sumProperDivisors(n int) int {
	if n < 2 {
		return 0
	}
	sum := 1
	for i := 2; i*i <= n; i++ {
		if n%i == 0 {
			sum += i
			if j := n / i; j != i {
				sum += j
			}
		}
	}
	return sum
}

type Class int

const (
	Deficient Class = iota - 1
	Perfect
	Abundant
)

func (c Class) String() string {
	switch c {
	case Deficient:
		return "deficient"
	case Perfect:
		return "perfect"
	}
	return "abundant"
}

func classify(n int) Class {
	s := sumProperDivisors(n)
	switch {
	case s < n:
		return Deficient
	case s == n:
		return Perfect
	}
	return Abundant
}

func main() {
	fmt.Println(gcd(1071, 1029), gcd(-12, 18), lcm(12, 18), lcm(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
	for _, n := range []int{12, 97, 360, 1001, 65536, 999983 * 2} {
		fmt.Printf("%d = %s\n", n, formatFactors(factorize(n)))
	}
	var perfect []int
	counts := map[Class]int{}
	for n := 1; n <= 20000; n++ {
		c := classify(n)
		counts[c]++
		if c == Perfect {
			perfect = append(perfect, n)
		}
	}
	fmt.Println("perfect:", perfect)
	fmt.Println(counts)
	fmt.Printf("%v %d %v\n", Abundant, Deficient, []Class{0, 1, -1})
	for a := 2; a < 20000; a++ {
		if b := sumProperDivisors(a); b > a && sumProperDivisors(b) == a {
			fmt.Printf("amicable: %d %d\n", a, b)
		}
	}
}
