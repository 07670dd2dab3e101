// Exercises: notebook-style top-level for loop variable initialised with a rune constant gets type int (silent under %T)
package main

import "fmt"

func main() {
	r := 'a'
	fmt.Printf("%T\n", r)
	for c := 'x'; c < 'z'; c++ {
		fmt.Printf("%T ", c)
	}
	fmt.Println()
}
