// Compile error: using the result of a function that returns nothing.
// Expected: logLine("x") (no value) used as value
package main

import "fmt"

func logLine(s string) { fmt.Println(s) }

func main() {
	r := logLine("x")
	fmt.Println(r)
}
