// Exercises: deferred calls run in LIFO order while a panic unwinds, output printed before an uncaught panic of a custom error value ends the program with exit status 2.
package main

import "fmt"

type InvariantError struct {
	Where string
	Got   int
}

func (e *InvariantError) Error() string {
	return fmt.Sprintf("invariant broken in %s: got %d", e.Where, e.Got)
}

func check(balance int) {
	defer fmt.Println("check deferred", balance)
	if balance < 0 {
		panic(&InvariantError{"check", balance})
	}
}

func main() {
	defer fmt.Println("main deferred 1")
	defer func() {
		fmt.Println("main deferred 2 sees panic, does not recover")
	}()
	for _, b := range []int{10, 0, -5, 20} {
		fmt.Println("balance", b)
		check(b)
	}
	fmt.Println("unreachable")
}
