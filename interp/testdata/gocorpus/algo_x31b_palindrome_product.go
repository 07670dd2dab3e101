package main

import (
	"fmt"
	"strconv"
)

// Problem 4: largest palindrome made from the product of two n-digit numbers.

type result struct {
	A, B, Product int
}

func isPalindrome(n int) bool {
	s := strconv.Itoa(n)
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		if s[i] != s[j] {
			return false
		}
	}
	return true
}

func reverseNum(n int) int {
	r := 0
	for n > 0 {
		r = r*10 + n%10
		n /= 10
	}
	return r
}

func largestPalindrome(digits int) (result, bool) {
	lo := 1
	for i := 1; i < digits; i++ {
		lo *= 10
	}
	hi := lo*10 - 1
	best := result{}
	found := false
	for a := hi; a >= lo; a-- {
		if a*hi <= best.Product {
			break
		}
		for b := hi; b >= a; b-- {
			p := a * b
			if p <= best.Product {
				break
			}
			if isPalindrome(p) {
				best = result{a, b, p}
				found = true
			}
		}
	}
	return best, found
}

func main() {
	for d := 1; d <= 3; d++ {
		r, ok := largestPalindrome(d)
		fmt.Printf("digits=%d ok=%v %+v\n", d, ok, r)
	}
	count := 0
	for n := 100; n < 1000; n++ {
		if n == reverseNum(n) {
			count++
		}
	}
	fmt.Println("3-digit palindromes:", count)
	r, _ := largestPalindrome(2)
	fmt.Printf("%#v\n", r)
}
