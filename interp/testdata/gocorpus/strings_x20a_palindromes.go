package main

import (
	"fmt"
	"strings"
	"unicode"
)

func clean(s string) []rune {
	var out []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = append(out, unicode.ToLower(r))
		}
	}
	return out
}

func isPalindrome(s string) bool {
	r := clean(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		if r[i] != r[j] {
			return false
		}
	}
	return true
}

func longestPalSub(s string) string {
	r := []rune(s)
	best := ""
	expand := func(lo, hi int) {
		for lo >= 0 && hi < len(r) && r[lo] == r[hi] {
			lo--
			hi++
		}
		if cand := string(r[lo+1 : hi]); len([]rune(cand)) > len([]rune(best)) {
			best = cand
		}
	}
	for i := range r {
		expand(i, i)
		expand(i, i+1)
	}
	return best
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	tests := []string{
		"A man, a plan, a canal: Panama",
		"racecar",
		"hello",
		"Was it a car or a cat I saw?",
		"été",
		"No 'x' in Nixon",
		"",
	}
	for _, t := range tests {
		fmt.Printf("%-32q %v\n", t, isPalindrome(t))
	}
	for _, s := range []string{"babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "日本日"} {
		fmt.Println(s, "->", longestPalSub(s))
	}
	fmt.Println(reverse("Hello, 世界"), strings.ToUpper(reverse("go")))
	n := 0
	for i := 10; i < 1000; i++ {
		s := fmt.Sprint(i)
		if s == reverse(s) {
			n++
		}
	}
	fmt.Println("numeric palindromes 10..999:", n)
}
