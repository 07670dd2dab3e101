// Exercises: ranging over a string with invalid UTF-8
package main

import "fmt"

func main() {
	s := "a\xffb\xe2\x82"
	for i, r := range s {
		fmt.Printf("%d:%q:%U ", i, r, r)
	}
	fmt.Println(len(s), []rune(s), []byte(s))
	fmt.Println(string(rune(-1)), string(rune(0x10FFFF+1)) == "\uFFFD")
}
