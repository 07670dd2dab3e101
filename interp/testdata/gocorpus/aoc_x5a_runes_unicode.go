// Exercises: ranging over runes of a UTF-8 string, unicode classification, utf8 counts, reversing by runes, strings.Builder, strings.Map.
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

func caesar(shift rune) func(rune) rune {
	return func(r rune) rune {
		switch {
		case unicode.IsLower(r) && r < unicode.MaxASCII:
			return 'a' + (r-'a'+shift)%26
		case unicode.IsUpper(r) && r < unicode.MaxASCII:
			return 'A' + (r-'A'+shift)%26
		}
		return r
	}
}

func main() {
	s := "Héllo, 世界! Go"
	fmt.Println(len(s), utf8.RuneCountInString(s), reverse(s))
	var letters, upper, spaces, other int
	for i, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
			fallthrough
		case unicode.IsLetter(r):
			letters++
		case unicode.IsSpace(r):
			spaces++
		default:
			other++
		}
		if r > 127 {
			fmt.Printf("%d:%c(%U,%d bytes) ", i, r, r, utf8.RuneLen(r))
		}
	}
	fmt.Println()
	fmt.Println(letters, upper, spaces, other)
	var b strings.Builder
	for _, w := range strings.FieldsFunc("one,two;;three", func(r rune) bool { return r == ',' || r == ';' }) {
		b.WriteRune(unicode.ToUpper(rune(w[0])))
		b.WriteString(w[1:])
		b.WriteByte(' ')
	}
	fmt.Printf("%q %d\n", b.String(), b.Len())
	fmt.Println(strings.Map(caesar(3), "Hello, World xyz"), string(rune(65)), []byte("é"), []rune("é"))
	r, size := utf8.DecodeRuneInString("界x")
	fmt.Println(r, size, string(r), strings.ToTitle("ǆ"), unicode.IsDigit('٣'))
}
