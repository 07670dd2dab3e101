// Compile error: trying to repeat a string with * (Python habit).
// Expected: invalid operation: sep * 10 (mismatched types string and untyped int)
package main

import "fmt"

func main() {
	sep := "-"
	line := sep * 10
	fmt.Println(line)
}
