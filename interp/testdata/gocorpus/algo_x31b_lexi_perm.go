package main

import (
	"errors"
	"fmt"
	"strings"
)

// Problem 24: the millionth lexicographic permutation, two ways.

var ErrOutOfRange = errors.New("permutation index out of range")

func factorial(n int) int {
	f := 1
	for i := 2; i <= n; i++ {
		f *= i
	}
	return f
}

// nthPermutation uses the factorial number system (0-based index).
func nthPermutation(symbols string, idx int) (string, error) {
	if idx < 0 || idx >= factorial(len(symbols)) {
		return "", fmt.Errorf("index %d of %q: %w", idx, symbols, ErrOutOfRange)
	}
	pool := []byte(symbols)
	var sb strings.Builder
	for n := len(pool); n > 0; n-- {
		f := factorial(n - 1)
		i := idx / f
		idx %= f
		sb.WriteByte(pool[i])
		pool = append(pool[:i], pool[i+1:]...)
	}
	return sb.String(), nil
}

// nextPermutation rearranges b into its lexicographic successor.
func nextPermutation(b []byte) bool {
	i := len(b) - 2
	for i >= 0 && b[i] >= b[i+1] {
		i--
	}
	if i < 0 {
		return false
	}
	j := len(b) - 1
	for b[j] <= b[i] {
		j--
	}
	b[i], b[j] = b[j], b[i]
	for l, r := i+1, len(b)-1; l < r; l, r = l+1, r-1 {
		b[l], b[r] = b[r], b[l]
	}
	return true
}

func main() {
	p, err := nthPermutation("0123456789", 999_999)
	fmt.Println("millionth:", p, err)

	b := []byte("012")
	all := []string{string(b)}
	for nextPermutation(b) {
		all = append(all, string(b))
	}
	fmt.Println(all)

	b = []byte("0123456789")
	for i := 1; i < 1_000_000; i++ {
		nextPermutation(b)
	}
	fmt.Println("iterated:  ", string(b), string(b) == p)

	_, err = nthPermutation("abc", 6)
	fmt.Println("error:", err)
	fmt.Println("is range error:", errors.Is(err, ErrOutOfRange))
}
