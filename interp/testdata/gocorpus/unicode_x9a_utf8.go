// Exercises: UTF-8 rune counts vs byte lengths, reversing runes, strings.ToTitle, unicode.IsUpper, %U %x %q
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	for _, s := range []string{"hello", "naïve café", "日本語", "Ωmega ∑"} {
		fmt.Printf("%-12s bytes=%2d runes=%d rev=%s\n", s, len(s), utf8.RuneCountInString(s), reverse(s))
	}
	s := "Grüße, Jürgen"
	upper := 0
	for i, r := range s {
		if unicode.IsUpper(r) {
			upper++
			fmt.Printf("%d:%c:%U ", i, r, r)
		}
	}
	fmt.Println(upper)
	fmt.Println(strings.ToTitle("ǆemal"), strings.ToUpper("ǆemal"), strings.Title("hello world"))
	fmt.Printf("%x % x %q %+q\n", "é", "日本", 'ä', "ä")
	b := []byte("€")
	r, size := utf8.DecodeRune(b)
	fmt.Println(b, r, size, utf8.ValidString("a\xffb"), string(rune(65)), []rune("ab"))
	fmt.Println(strings.ToValidUTF8("a\xffb", "?"), utf8.RuneLen('€'))
}
