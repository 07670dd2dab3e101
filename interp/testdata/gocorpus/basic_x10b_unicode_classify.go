// Exercises: counting runes by unicode category, utf8.RuneError on invalid input, byte loops vs rune loops, rune arithmetic
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	text := "Go 1.26 — über Straße! 日本\xc0"
	counts := make(map[string]int)
	var utflen [utf8.UTFMax + 1]int
	invalid := 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if r == utf8.RuneError && n == 1 {
			invalid++
			continue
		}
		utflen[n]++
		switch {
		case unicode.IsLetter(r):
			counts["letter"]++
		case unicode.IsDigit(r):
			counts["digit"]++
		case unicode.IsSpace(r):
			counts["space"]++
		case unicode.IsPunct(r):
			counts["punct"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println(counts)
	fmt.Println(utflen, invalid)
	for r := 'a'; r < 'a'+5; r++ {
		fmt.Print(string(unicode.ToUpper(r)))
	}
	fmt.Println()
	fmt.Println(unicode.Is(unicode.Han, '日'), unicode.IsUpper('Ü'), string(unicode.ToLower('Ä')))
	var r rune = 'z'
	fmt.Println(r-'a', r, byte(r), fmt.Sprint(r))
}
