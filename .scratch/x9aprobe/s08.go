// Exercises: a local func literal in main named like a package-level function
package main

import "fmt"

func greet(n string) string { return "hello " + n }

func welcome() string { return greet("pkg") }

func main() {
	greet := func(n string) string { return "hi " + n }
	fmt.Println(greet("local"), welcome())
}
