package main

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
)

type Integer interface {
	~int | ~int32 | ~int64 | ~uint | ~uint64
}

func GCD[T Integer](a, b T) T {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func LCM[T Integer](a, b T) T {
	return a / GCD(a, b) * b
}

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func primeFactors(n int) map[int]int {
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

func isPerfect(n int) bool {
	sum := 1
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			sum += d
			if d != n/d {
				sum += n / d
			}
		}
	}
	return n > 1 && sum == n
}

func collatz(n int) (steps int) {
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return
}

func toBase(n, base int) string {
	if n == 0 {
		return "0"
	}
	const digits = "0123456789ABCDEF"
	var sb []byte
	for n > 0 {
		sb = append([]byte{digits[n%base]}, sb...)
		n /= base
	}
	return string(sb)
}

type MyInt int

func main() {
	fmt.Println(GCD(48, 18), LCM(4, 6), GCD[int64](1071, 462), GCD(MyInt(21), 14))
	ps := sieve(60)
	fmt.Println(len(ps), ps)
	for _, n := range []int{360, 97, 1001} {
		fmt.Printf("%d = %v\n", n, primeFactors(n))
	}
	var perfect []int
	for i := 1; i < 10000; i++ {
		if isPerfect(i) {
			perfect = append(perfect, i)
		}
	}
	fmt.Println("perfect:", perfect)
	best, bestSteps := 0, 0
	for i := 1; i < 1000; i++ {
		if s := collatz(i); s > bestSteps {
			best, bestSteps = i, s
		}
	}
	fmt.Printf("longest collatz under 1000: %d (%d steps)\n", best, bestSteps)
	for _, b := range []int{2, 8, 16} {
		fmt.Printf("255 in base %2d: %-8s check: %s\n", b, toBase(255, b), strconv.FormatInt(255, b))
	}
	f := new(big.Int).MulRange(1, 30)
	fmt.Println("30! =", f, len(f.String()), "digits")
	two := big.NewInt(2)
	fmt.Println("2^100 =", new(big.Int).Exp(two, big.NewInt(100), nil))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	var x uint8 = 250
	x += 10
	var y int8 = 127
	y++
	fmt.Println(x, y, 7/2, -7/2, 7%-3, -7%3, 1<<10, 0x1F&^0x3, 5^3)
	fmt.Println(strings.Repeat("=", 10), math.Sqrt(-1), math.Inf(-1), 1/math.Inf(1), math.Floor(-2.5), math.Trunc(-2.5))
}
