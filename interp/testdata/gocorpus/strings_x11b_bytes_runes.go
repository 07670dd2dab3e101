// Exercises: strings as bytes vs runes, %q vs %+q vs %x, a string with invalid UTF-8, range over string yielding RuneError
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	const sample = "\xbd\xb2\x3d\xbc\x20\xe2\x8c\x98"
	fmt.Println(len(sample))
	fmt.Printf("%x\n", sample)
	fmt.Printf("% x\n", sample)
	fmt.Printf("%q\n", sample)
	fmt.Printf("%+q\n", sample)
	for i, r := range sample {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), []byte(s)[1], []rune(s)[1])
	fmt.Printf("%q %+q %#q\n", s, s, "back`tick")
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x", s[i])
	}
	fmt.Println()
	r, size := utf8.DecodeRuneInString(s[1:])
	fmt.Println(string(r), size, utf8.ValidString(sample), utf8.ValidString(s))
	bad := string([]byte{0xff, 'a'})
	for _, r := range bad {
		fmt.Print(r == utf8.RuneError, " ")
	}
	fmt.Println(string(rune(65)), string(rune(-1)) == "\uFFFD")
	fmt.Printf("%c %U %q\n", '⌘', '⌘', '⌘')
}
