// Exercises: %q, %x, %U, %c with strings and runes, %+q for ASCII escaping, and byte/rune conversions.
package main

import "fmt"

func main() {
	s := "héllo, 世界\n"
	fmt.Printf("%q\n%+q\n%#q\n", s, s, "back`tick")
	fmt.Printf("%#q\n", "raw")
	for i, r := range "aé世" {
		fmt.Printf("%d: %c %q %U %#U %x\n", i, r, r, r, r, r)
	}
	b := []byte("Go")
	fmt.Printf("%v %s %q %x\n", b, b, b, b)
	fmt.Printf("%q\n", []string{"a b", "c\"d"})
	fmt.Printf("%5q|%-6c|%3c|\n", 'x', 'y', 'z')
	fmt.Println(string(rune(65)), string([]rune{0x4e16, 0x754c}), []byte("é"), []rune("é"))
	var r rune = 'A'
	var by byte = 'a'
	fmt.Println(r, by, r+1, string(by+1))
	fmt.Printf("%T %T\n", r, by)
	fmt.Printf("%08b %o %#o %#x %#X\n", by, 64, 64, 255, 255)
}
