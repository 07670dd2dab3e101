// Exercises: calling a variadic function with nil...
package main

import "fmt"

func count(xs ...int) int { return len(xs) }

func main() {
	fmt.Println(count(nil...))
}
