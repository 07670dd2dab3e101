// Exercises: unicode.IsLetter/IsDigit/IsSpace/IsPunct/IsUpper, utf8.RuneCountInString, utf8.DecodeRuneInString, range over string.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

type classCount struct {
	letters, digits, spaces, punct, upper, other int
}

func classify(s string) classCount {
	var c classCount
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			c.letters++
			if unicode.IsUpper(r) {
				c.upper++
			}
		case unicode.IsDigit(r):
			c.digits++
		case unicode.IsSpace(r):
			c.spaces++
		case unicode.IsPunct(r):
			c.punct++
		default:
			c.other++
		}
	}
	return c
}

func main() {
	s := "Héllo, Wörld! 123 ¿Qué tal? π≈3.14"
	fmt.Printf("%+v\n", classify(s))
	fmt.Println("bytes:", len(s), "runes:", utf8.RuneCountInString(s))
	for i := 0; i < len(s) && i < 8; {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d %c %d\n", i, r, size)
		i += size
	}
	fmt.Println(utf8.ValidString(s), utf8.RuneLen('π'))
}
