// Exercises: ranging over a string yields byte offsets and runes, including invalid UTF-8.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "aé中😀"
	for i, r := range s {
		fmt.Printf("offset %d rune %c size %d\n", i, r, utf8.RuneLen(r))
	}
	fmt.Println(len(s), utf8.RuneCountInString(s))
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := 0; i < len("hé"); i++ {
		fmt.Printf("%x ", "hé"[i])
	}
	fmt.Println()
}
