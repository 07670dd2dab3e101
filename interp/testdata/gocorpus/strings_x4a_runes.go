// Exercises: strings and runes: bytes vs runes, utf8 decoding, rune literals, indexing, conversions, strings.Builder.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func examineRune(r rune) {
	if r == 't' {
		fmt.Println("found tee")
	} else if r == 'ส' {
		fmt.Println("found so sua")
	}
}

func main() {
	const s = "สวัสดี"
	fmt.Println("Len:", len(s))
	for i := 0; i < len(s); i++ {
		fmt.Printf("%x ", s[i])
	}
	fmt.Println()
	fmt.Println("Rune count:", utf8.RuneCountInString(s))
	for idx, runeValue := range s {
		fmt.Printf("%#U starts at %d\n", runeValue, idx)
	}
	for i, w := 0, 0; i < len(s); i += w {
		runeValue, width := utf8.DecodeRuneInString(s[i:])
		w = width
		examineRune(runeValue)
	}
	r := []rune("héllo")
	r[0] = unicode.ToUpper(r[0])
	fmt.Println(string(r), len(r))
	b := []byte("abc")
	b[0] = 'A'
	fmt.Println(string(b), b)
	var sb strings.Builder
	for i := range 3 {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteRune('✓')
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(string(rune(65)), 'a'+1, string('a'+1))
	fmt.Printf("%c %q %U\n", 'G', 'G', 'G')
}
