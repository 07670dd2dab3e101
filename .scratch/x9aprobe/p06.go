// Exercises: switch with fallthrough in FizzBuzz and a switch with init and no tag
package main

import "fmt"

func main() {
	for i := 1; i <= 15; i++ {
		switch r := i % 15; {
		case r == 0:
			fmt.Print("FizzBuzz")
		case i%3 == 0:
			fmt.Print("Fizz")
		case i%5 == 0:
			fmt.Print("Buzz")
		default:
			fmt.Print(i)
		}
		fmt.Print(" ")
	}
	fmt.Println()
	switch x := 5; x {
	case 5:
		fmt.Println("five")
		fallthrough
	case 6:
		fmt.Println("six")
		fallthrough
	default:
		fmt.Println("default")
	case 7:
		fmt.Println("seven")
	}
}
