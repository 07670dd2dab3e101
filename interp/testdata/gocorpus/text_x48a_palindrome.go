package main

import (
	"fmt"
	"strings"
	"unicode"
)

func clean(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func isPalindrome(s string) bool {
	r := []rune(clean(s))
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		if r[i] != r[j] {
			return false
		}
	}
	return true
}

func isPalRec(s string) bool {
	if len(s) <= 1 {
		return true
	}
	if s[0] != s[len(s)-1] {
		return false
	}
	return isPalRec(s[1 : len(s)-1])
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	words := []string{
		"racecar",
		"A man, a plan, a canal: Panama",
		"hello",
		"Was it a car or a cat I saw?",
		"No 'x' in Nixon",
		"Go",
		"été",
		"",
	}
	for _, w := range words {
		fmt.Printf("%-32q palindrome=%-5t rec=%t reversed=%q\n", w, isPalindrome(w), isPalRec(clean(w)), reverse(w))
	}
	count := 0
	for n := 1; n <= 200; n++ {
		if isPalRec(fmt.Sprint(n)) {
			count++
		}
	}
	fmt.Println("numeric palindromes up to 200:", count)
}
