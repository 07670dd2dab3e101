// Exercises: width and flags: %-10s| %10s| %08.3f %+d %x % x %q %5t %c %U
package main

import "fmt"

func main() {
	fmt.Printf("%-10s|%10s|\n", "left", "right")
	fmt.Printf("%08.3f|%+d|%+.2f|\n", 3.14159, 42, -1.5)
	fmt.Printf("%x|% x|%X|%q\n", "hi", "hi", []byte{1, 171}, "quote\"d")
	fmt.Printf("%5t|%-5t|%c|%U\n", true, false, 'G', 'G')
	fmt.Printf("%6d|%-6d|%06d\n", 42, 42, -42)
	fmt.Printf("%*d|%-*d|\n", 5, 7, 4, 8)
	fmt.Printf("%3c|%-4q|%#q\n", 'x', 'y', "raw")
	fmt.Printf("%v %d\n", []byte("ab"), []byte("ab"))
}
