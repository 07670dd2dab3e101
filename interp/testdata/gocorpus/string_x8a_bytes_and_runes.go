// Exercises: strings - indexing yields bytes, range decodes runes with byte offsets, invalid UTF-8 yields U+FFFD
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "aé世"
	fmt.Println("len bytes:", len(s), "runes:", utf8.RuneCountInString(s))
	fmt.Printf("index gives bytes: %d %T\n", s[1], s[1])
	for i, r := range s {
		fmt.Printf("offset %d rune %c (%d)\n", i, r, r)
	}
	bad := "a\xffb\xe4\xb8"
	for i, r := range bad {
		fmt.Printf("bad offset %d rune %U\n", i, r)
	}
	fmt.Println("valid:", utf8.ValidString(s), utf8.ValidString(bad))
	fmt.Println("substring cuts bytes:", []byte(s[1:2]))
	r, size := utf8.DecodeRuneInString(s[1:])
	fmt.Println("decode:", string(r), size)
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
}
