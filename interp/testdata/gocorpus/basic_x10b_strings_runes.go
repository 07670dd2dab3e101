// Exercises: strings vs bytes vs runes, len vs utf8.RuneCountInString, range over string, invalid UTF-8, rune conversions
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "Hello, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, r := range s {
		if r > 127 {
			fmt.Printf("%d\t%q\t%d\t%U\n", i, r, r, r)
		}
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%c(%d) ", r, size)
		i += size
	}
	fmt.Println()
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), len(r), string(r[7:]), string(b[7:10]))
	fmt.Printf("% x\n", s[7:])
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	bad := "a\xffb"
	for _, r := range bad {
		fmt.Printf("%q ", r)
	}
	fmt.Println(utf8.ValidString(bad))
	fmt.Println(s[0], s[:5], s[7:] == "世界")
	t := s
	b[0] = 'J'
	fmt.Println(t, string(b))
	fmt.Printf("%q %+q %x\n", "é", "é", "é")
}
