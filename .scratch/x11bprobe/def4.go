package main

import "fmt"

func main() {
	defer func() { fmt.Println("outer:", recover()) }()
	func() {
		defer recover()
		panic("not stopped by defer recover()")
	}()
	fmt.Println("unreachable")
}
