package main

import "fmt"

// Problem 23: sum of all positive integers not expressible as the sum of two abundant numbers.

const limit = 28123

func properDivisorSum(n int) int {
	if n < 2 {
		return 0
	}
	sum := 1
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			sum += d
			if e := n / d; e != d {
				sum += e
			}
		}
	}
	return sum
}

func main() {
	var abundant []int
	for n := 12; n <= limit; n++ {
		if properDivisorSum(n) > n {
			abundant = append(abundant, n)
		}
	}
	fmt.Println("abundant numbers:", len(abundant), "first:", abundant[:6])

	expressible := make([]bool, limit+1)
	for i, a := range abundant {
		for _, b := range abundant[i:] {
			if a+b > limit {
				break
			}
			expressible[a+b] = true
		}
	}
	sum, count, largest := 0, 0, 0
	for n := 1; n <= limit; n++ {
		if !expressible[n] {
			sum += n
			count++
			largest = n
		}
	}
	fmt.Printf("not expressible: count=%d sum=%d largest=%d\n", count, sum, largest)
	odd := 0
	for _, a := range abundant {
		if a%2 == 1 {
			odd = a
			break
		}
	}
	fmt.Println("first odd abundant:", odd)
}
