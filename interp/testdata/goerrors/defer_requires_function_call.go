// Compile error: defer followed by a function value instead of a call.
// Expected: expression in defer must be function call
package main

import "fmt"

func cleanup() { fmt.Println("cleanup") }

func main() {
	defer cleanup
	fmt.Println("work")
}
