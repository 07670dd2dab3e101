// Compile error: trying to convert a string to int with a conversion instead of strconv.Atoi.
// Expected: cannot convert s (variable of type string) to type int
package main

import "fmt"

func main() {
	s := "42"
	n := int(s)
	fmt.Println(n + 1)
}
