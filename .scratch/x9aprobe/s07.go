// Exercises: a local var in main shadowing a package-level var, read by a package func
package main

import "fmt"

var count = 10

func show() { fmt.Println("package count", count) }

func main() {
	count := 1
	count++
	show()
	fmt.Println("local count", count)
	{
		count := "block"
		fmt.Println(count)
	}
	fmt.Println(count)
}
