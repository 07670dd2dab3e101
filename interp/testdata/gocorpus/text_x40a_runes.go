package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func examineRune(r rune) {
	switch {
	case r == 't':
		fmt.Println("found tee")
	case r == 'ส':
		fmt.Println("found so sua")
	case unicode.IsUpper(r):
		fmt.Println("upper", string(r))
	}
}

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
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

	fmt.Println("\nUsing DecodeRuneInString")
	for i, w := 0, 0; i < len(s); i += w {
		runeValue, width := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%#U starts at %d\n", runeValue, i)
		w = width
		examineRune(runeValue)
	}

	fmt.Println(reverse("Hello, 世界"))
	word := "Täglich"
	fmt.Println(strings.ToUpper(word), strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r + 1
		}
		return r
	}, "abc-xyz"))
	for _, r := range word {
		examineRune(r)
	}
	b := []byte("héllo")
	fmt.Println(len(b), b, string(b[1:3]))
	fmt.Printf("%q %+q %U\n", 'é', "héllo", 'é')
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], '€')
	fmt.Println(buf[:n], utf8.ValidString("a\xffb"))
}
