// Exercises: Sprint spacing rules, Sprintln, Print with mixed operands, wrong verbs and missing args
package main

import "fmt"

func main() {
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5))
	fmt.Print(1, 2, "\n")
	fmt.Print("x", "y", "\n")
	s := fmt.Sprintln("w", 0.5)
	fmt.Printf("%q\n", s)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
}
