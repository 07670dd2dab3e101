package main

import (
	"fmt"
	"strconv"
)

// Problem 36: numbers palindromic in base 10 and base 2, generated from halves.

func isPal(s string) bool {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		if s[i] != s[j] {
			return false
		}
	}
	return true
}

// makePalindrome mirrors n in the given base, optionally with an odd middle digit.
func makePalindrome(n, base int, odd bool) int {
	res := n
	if odd {
		n /= base
	}
	for n > 0 {
		res = res*base + n%base
		n /= base
	}
	return res
}

func main() {
	const limit = 1_000_000
	sum := 0
	var found []string
	for _, odd := range []bool{true, false} {
		for i := 1; ; i++ {
			p := makePalindrome(i, 2, odd)
			if p >= limit {
				break
			}
			if isPal(strconv.Itoa(p)) {
				sum += p
				found = append(found, fmt.Sprintf("%d=%s", p, strconv.FormatInt(int64(p), 2)))
			}
		}
	}
	fmt.Println("count:", len(found))
	for _, f := range found[:6] {
		fmt.Println(" ", f)
	}
	fmt.Println("sum:", sum)

	brute := 0
	for n := 1; n < limit; n += 2 {
		if isPal(strconv.Itoa(n)) && isPal(strconv.FormatUint(uint64(n), 2)) {
			brute += n
		}
	}
	fmt.Println("brute force agrees:", brute == sum)
	fmt.Printf("%08b %o %X\n", 585, 585, 585)
}
