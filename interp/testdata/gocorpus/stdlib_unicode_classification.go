// Exercises: unicode character classification and case conversion.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	var letters, digits, spaces, upper, punct, other int
	for _, r := range "Hello, Wörld! 123 ΑΒΓ\t" {
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		case unicode.IsPunct(r):
			punct++
		default:
			other++
		}
	}
	fmt.Println(letters, digits, spaces, upper, punct, other)
	fmt.Println(string(unicode.ToUpper('ö')), string(unicode.ToLower('Σ')), string(unicode.ToTitle('a')))
	fmt.Println(unicode.Is(unicode.Greek, 'λ'), unicode.Is(unicode.Han, '中'), unicode.In('x', unicode.Latin))
}
