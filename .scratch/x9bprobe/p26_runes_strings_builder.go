package main

import (
	"fmt"
	"strings"
	"unicode"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	t := b.String()
	return t == reverse(t)
}

func main() {
	fmt.Println(reverse("héllo, 世界"), len("世界"), len([]rune("世界")))
	for _, s := range []string{"A man, a plan, a canal: Panama", "race a car", "Été"} {
		fmt.Println(isPalindrome(s))
	}
	for i, r := range "aé世" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "HeLLo"), "é"[0], string(rune(65)), fmt.Sprint('a'))
}
