// Exercises: runes vs bytes, range over string, utf8.RuneCountInString, indexing a byte
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, r := range "aé世" {
		fmt.Printf("%d:%c(%U) ", i, r, r)
	}
	fmt.Println()
	fmt.Println(s[1], string(s[0]), s[:2] == "h\xc3")
	rs := []rune(s)
	fmt.Println(string(rs[7:]), len(rs))
	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b), string(rune(65)))
}
