// Exercises: variable shadowing in nested blocks, if/for scopes and package-level names.
package main

import "fmt"

var level = "package"

func main() {
	fmt.Println(level)
	level := "function"
	fmt.Println(level)
	{
		level := "block"
		fmt.Println(level)
	}
	if level := 3; level > 2 {
		fmt.Println("if scope", level)
	}
	for level := range 2 {
		fmt.Println("loop scope", level)
	}
	x := 1
	func() {
		x := x + 10
		fmt.Println("closure shadow", x)
	}()
	fmt.Println(level, x)
	err := fmt.Errorf("outer")
	if true {
		err := fmt.Errorf("inner")
		_ = err
	}
	fmt.Println(err)
}
