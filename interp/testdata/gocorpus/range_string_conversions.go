// Exercises: ranging over []byte and []rune conversions of a string.
package main

import "fmt"

func main() {
	s := "go→é"
	for i, b := range []byte(s) {
		fmt.Printf("%d:%02x ", i, b)
	}
	fmt.Println()
	for i, r := range []rune(s) {
		fmt.Printf("%d:%c ", i, r)
	}
	fmt.Println()
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	fmt.Println(string(rs))
}
