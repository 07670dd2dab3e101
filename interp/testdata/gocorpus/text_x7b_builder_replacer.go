// Exercises: strings.Builder (WriteString, WriteByte, WriteRune, Len, Grow), strings.NewReplacer, strings.Map.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	var b strings.Builder
	b.Grow(64)
	for i := 0; i < 5; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%d", i*i)
	}
	b.WriteRune('→')
	b.WriteString("done")
	fmt.Println(b.String(), b.Len())

	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("a < b && c > d"))

	leet := strings.NewReplacer("a", "4", "e", "3", "o", "0")
	fmt.Println(leet.Replace("hello gopher, are we there"))

	noVowels := strings.Map(func(r rune) rune {
		if strings.ContainsRune("aeiouAEIOU", r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "Programming in Go")
	fmt.Println(noVowels)
}
