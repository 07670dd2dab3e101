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
	s := "héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, r := range s {
		fmt.Printf("%d:%c(%U) ", i, r, r)
	}
	fmt.Println()
	for i := 0; i < 4; i++ {
		fmt.Printf("%x ", s[i])
	}
	fmt.Println()
	fmt.Println(reverse(s))

	b := []byte(s)
	r, size := utf8.DecodeRune(b[1:])
	fmt.Printf("%c %d\n", r, size)
	r, size = utf8.DecodeLastRuneInString(s)
	fmt.Printf("%q %d\n", r, size)

	bad := string([]byte{0x61, 0xff, 0x62})
	for _, r := range bad {
		fmt.Printf("%U ", r)
	}
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(s))

	fmt.Println(string(rune(65)), string(rune(0x4e16)), strings.Repeat("ab", 3))
	buf := utf8.AppendRune(nil, '€')
	fmt.Println(buf, len(buf), utf8.RuneLen('€'))

	var letters, digits, spaces, other int
	for _, r := range "Go 1.26 rocks — ok?" {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		default:
			other++
		}
	}
	fmt.Println(letters, digits, spaces, other)

	title := strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, s)
	fmt.Println(title)

	var c byte = 'A'
	c += 2
	fmt.Println(c, string(c), fmt.Sprintf("%c %q %v", c, c, rune(c)))
	fmt.Println(strings.IndexRune(s, '世'), strings.IndexByte(s, 'l'), strings.ContainsRune(s, 'é'))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gö", "GÖ"))
}
