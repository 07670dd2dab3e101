// Exercises: unicode/utf8 encoding, decoding, validation and rune counts.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	buf := make([]byte, 0, 16)
	for _, r := range []rune{'a', 'é', '€', '𝄞'} {
		buf = utf8.AppendRune(buf, r)
	}
	fmt.Println(len(buf), utf8.RuneCount(buf), utf8.Valid(buf))
	for len(buf) > 0 {
		r, size := utf8.DecodeRune(buf)
		fmt.Printf("%c:%d ", r, size)
		buf = buf[size:]
	}
	fmt.Println()
	r, size := utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	last, _ := utf8.DecodeLastRuneInString("añ")
	fmt.Println(string(last), utf8.ValidString("a\xc3"), utf8.RuneLen('€'))
}
