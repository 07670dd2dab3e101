// Exercises: counting letters, digits, spaces, punctuation and upper/lower case with unicode.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Hello, Wörld! 123 Go-pher ☺ Ωmega\t\n"
	var letters, digits, spaces, puncts, upper, lower, symbols int
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			} else if unicode.IsLower(r) {
				lower++
			}
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		case unicode.IsPunct(r):
			puncts++
		case unicode.IsSymbol(r):
			symbols++
		}
	}
	fmt.Println("bytes:", len(s), "runes:", utf8.RuneCountInString(s))
	fmt.Println("letters", letters, "digits", digits, "spaces", spaces, "punct", puncts, "symbols", symbols)
	fmt.Println("upper", upper, "lower", lower)
	swapped := []rune{}
	for _, r := range "Go Ωmega" {
		if unicode.IsUpper(r) {
			swapped = append(swapped, unicode.ToLower(r))
		} else {
			swapped = append(swapped, unicode.ToUpper(r))
		}
	}
	fmt.Println(string(swapped))
	fmt.Println(unicode.Is(unicode.Greek, 'Ω'), unicode.In('ö', unicode.Latin), unicode.IsTitle('ǅ'))
	r, size := utf8.DecodeRuneInString("☺x")
	fmt.Printf("%c %d %U %v\n", r, size, r, utf8.ValidString("ok"))
}
