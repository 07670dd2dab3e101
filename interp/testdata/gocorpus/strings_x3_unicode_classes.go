// Exercises: unicode.IsLetter/IsDigit/IsUpper/IsSpace, ToUpper on runes, strings.Map
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "Go 1.26 ist Schön!"
	var letters, digits, spaces, upper int
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		}
	}
	fmt.Println(letters, digits, spaces, upper)
	rot := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return unicode.ToUpper(r)
		}
		return -1
	}, s)
	fmt.Println(rot)
}
