// Exercises: palindrome checks (bytes, runes, letters only), longest palindromic substring, unicode letters
package main

import (
	"fmt"
	"unicode"
)

func isPal(s string) bool {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		if r[i] != r[j] {
			return false
		}
	}
	return true
}

func lettersOnly(s string) string {
	var out []rune
	for _, r := range s {
		if unicode.IsLetter(r) {
			out = append(out, unicode.ToLower(r))
		}
	}
	return string(out)
}

func longest(s string) string {
	best := ""
	for c := 0; c < len(s); c++ {
		for _, w := range [2]int{0, 1} {
			i, j := c, c+w
			for i >= 0 && j < len(s) && s[i] == s[j] {
				i--
				j++
			}
			if j-i-1 > len(best) {
				best = s[i+1 : j]
			}
		}
	}
	return best
}

func main() {
	for _, s := range []string{"racecar", "A man, a plan, a canal: Panama!", "Ésope reste ici et se repose", "golang", "été"} {
		fmt.Printf("%-32q raw=%-5t letters=%t\n", s, isPal(s), isPal(lettersOnly(s)))
	}
	fmt.Println(longest("forgeeksskeegfor"), longest("abacdfgdcaba"), len(longest("")))
}
