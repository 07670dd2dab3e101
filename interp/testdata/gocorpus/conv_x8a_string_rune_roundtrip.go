// Exercises: conversions between string, []byte and []rune; string(rune); invalid code points
package main

import "fmt"

func main() {
	s := "naïve 日本"
	bs := []byte(s)
	rs := []rune(s)
	fmt.Println("bytes and runes:", len(bs), len(rs))
	bs[0] = 'N'
	fmt.Println("byte copy is independent:", s, string(bs))
	rs[len(rs)-1] = '語'
	fmt.Println("rune edit:", string(rs))
	fmt.Println("string(rune):", string(rune(0x4e16)), string(rune(-1)) == "\uFFFD")
	fmt.Println("invalid code point becomes replacement:", []byte(string(rune(0x110000))))
	fmt.Println("rune slice of bytes:", []rune(string([]byte{0xff, 'a'})))
	var empty []byte
	fmt.Printf("empty round trip: %q\n", string(empty))
	fmt.Println("runes back:", string([]rune{72, 105}))
}
