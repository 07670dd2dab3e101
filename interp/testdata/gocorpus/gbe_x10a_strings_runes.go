// Exercises: strings and runes - bytes vs runes, utf8.RuneCountInString, for range decoding, DecodeRuneInString, rune literals and conversions
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	const greeting = "Grüße, 世界!"
	fmt.Println("bytes:", len(greeting), "runes:", utf8.RuneCountInString(greeting))

	for i := 0; i < 7; i++ {
		fmt.Printf("%02x ", greeting[i])
	}
	fmt.Println()

	for pos, r := range greeting {
		if r > unicode.MaxASCII {
			fmt.Printf("%c (%U) at byte %d, %d bytes\n", r, r, pos, utf8.RuneLen(r))
		}
	}

	rest := greeting
	for len(rest) > 0 {
		r, size := utf8.DecodeRuneInString(rest)
		if unicode.IsPunct(r) {
			fmt.Printf("punct %q ", r)
		}
		rest = rest[size:]
	}
	fmt.Println()
	last, size := utf8.DecodeLastRuneInString(greeting)
	fmt.Println(string(last), size)

	rs := []rune(greeting)
	fmt.Println(string(rs[2:5]), len(rs), string(rs[len(rs)-3]))
	upper := 0
	for _, r := range "Hello World" {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	fmt.Println("upper:", upper, unicode.ToUpper('ß'), string(unicode.ToLower('Ä')))

	bad := string([]byte{'o', 'k', 0xC3})
	for i, r := range bad {
		fmt.Println(i, r == utf8.RuneError, utf8.ValidString(bad))
	}
	buf := utf8.AppendRune(nil, '€')
	fmt.Println(buf, utf8.FullRune(buf[:2]), utf8.RuneCount(buf))
	var r rune = 'A' + 2
	fmt.Println(r, string(r), fmt.Sprintf("%c%c", r, r+1), '\n', '\x41', '\u00e9')
}
