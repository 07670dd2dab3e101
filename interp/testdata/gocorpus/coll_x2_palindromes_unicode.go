// Exercises: palindrome checks ignoring case and punctuation, using strings.Map and rune slices.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
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
		"Ésope reste ici et se repose",
		"",
		"12321",
	}
	for _, t := range tests {
		fmt.Printf("%-32q %-5v %q\n", t, isPalindrome(t), clean(t))
	}
	fmt.Println(reverse("Hello, 世界!"))
	fmt.Println(len("世界"), len([]rune("世界")))
}
