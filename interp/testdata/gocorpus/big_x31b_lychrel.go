package main

import (
	"fmt"
	"math/big"
)

// Problem 55: Lychrel numbers below ten thousand.

func reverse(x *big.Int) *big.Int {
	b := []byte(x.String())
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	r, _ := new(big.Int).SetString(string(b), 10)
	return r
}

func isPalindrome(x *big.Int) bool {
	s := x.String()
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		if s[i] != s[j] {
			return false
		}
	}
	return true
}

// iterations returns how many reverse-and-add steps reach a palindrome, or -1.
func iterations(n int64, limit int) int {
	x := big.NewInt(n)
	for i := 1; i <= limit; i++ {
		x.Add(x, reverse(x))
		if isPalindrome(x) {
			return i
		}
	}
	return -1
}

func main() {
	lychrel := 0
	var firsts []int64
	maxIt, maxN := 0, int64(0)
	for n := int64(1); n < 10000; n++ {
		it := iterations(n, 50)
		if it < 0 {
			lychrel++
			if len(firsts) < 5 {
				firsts = append(firsts, n)
			}
		} else if it > maxIt {
			maxIt, maxN = it, n
		}
	}
	fmt.Println("Lychrel candidates below 10000:", lychrel)
	fmt.Println("first few:", firsts)
	fmt.Printf("slowest non-Lychrel: %d needs %d steps\n", maxN, maxIt)
	fmt.Println("349:", iterations(349, 50), "47:", iterations(47, 50))
}
