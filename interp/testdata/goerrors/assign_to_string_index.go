// Compile error: strings are immutable, s[0] cannot be assigned.
// Expected: cannot assign to s[0] (neither addressable nor a map index expression)
package main

import "fmt"

func main() {
	s := "hello"
	s[0] = 'H'
	fmt.Println(s)
}
