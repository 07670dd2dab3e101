// Exercises: a deferred nil func panics when the deferred call runs, and a recover deferred before it catches that panic
package main

import "fmt"

func main() {
	var g func()
	func() {
		defer func() { fmt.Println("nil func defer panics:", recover() != nil) }()
		defer g()
	}()
	fmt.Println("after")
}
