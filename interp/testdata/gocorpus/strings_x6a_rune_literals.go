// Exercises: rune literals in short variable declarations, %T/%c/%q/%U of runes, rune arithmetic, runes in any and type switches, byte vs rune
package main

import (
	"fmt"
	"strings"
)

func kind(v any) string {
	switch v.(type) {
	case rune:
		return "rune"
	case byte:
		return "byte"
	case int:
		return "int"
	}
	return "other"
}

func main() {
	sep := ';'
	next := sep + 1
	fmt.Printf("%T %v %c %q %U\n", sep, sep, next, sep, sep)
	src := "x;y"
	b := src[1]
	fmt.Printf("%T %v %v\n", b, b == byte(sep), kind(b))
	fmt.Println(kind(sep), kind('a'), kind(7), kind(sep-'0'))
	letters := []rune{}
	for r := 'a'; r < 'e'; r++ {
		letters = append(letters, r)
	}
	fmt.Println(string(letters), strings.Count("a;b;c", string(sep)), strings.IndexRune("a;b", sep))
	shift := 'A' - 'a'
	fmt.Printf("%T %c\n", shift, 'q'+shift)
}
