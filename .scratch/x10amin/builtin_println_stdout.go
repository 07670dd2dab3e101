// Go writes the builtin println's text to standard error, so stdout is only "out"; the session writes "to stderr" to standard output too.
package main

import "fmt"

func main() {
	println("to stderr")
	fmt.Println("out")
}
