// Exercises: spacing rules of Print vs Println vs Sprint with user types and strings.
package main

import "fmt"

type N int

func (n N) String() string { return fmt.Sprintf("N%d", int(n)) }

func main() {
	fmt.Print("a", "b", 1, 2, N(3), "c\n")
	fmt.Print(1, 2, "\n")
	fmt.Println("a", "b", 1, 2, N(3))
	s := fmt.Sprint(N(1), N(2), "x", 3, 4)
	fmt.Println(s)
	fmt.Println(fmt.Sprintln("end", N(0)) == "end N0\n")
}
