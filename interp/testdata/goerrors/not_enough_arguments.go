// Compile error: calling a function with fewer arguments than parameters.
// Expected: not enough arguments in call to greet
package main

import "fmt"

func greet(greeting, name string) string { return greeting + ", " + name }

func main() {
	fmt.Println(greet("hi"))
}
