// Compile error: using an int as an if condition (C habit).
// Expected: non-boolean condition in if statement
package main

import "fmt"

func main() {
	count := 3
	if count {
		fmt.Println("non-zero")
	}
}
