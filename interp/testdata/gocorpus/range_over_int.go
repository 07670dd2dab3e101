// Exercises: range over an integer, including zero, typed and expression bounds.
package main

import "fmt"

type Count int

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for range 3 {
		fmt.Print("x")
	}
	fmt.Println()
	n := 0
	for i := range n {
		fmt.Println("never", i)
	}
	var c Count = 3
	for i := range c {
		fmt.Printf("%T %v\n", i, i)
	}
	total := 0
	for i := range len("hello") * 2 {
		total += i
	}
	fmt.Println(total)
}
