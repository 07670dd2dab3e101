// Exercises: an unrecovered panic ends the program with its message after deferred calls run; output before it is kept.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred runs before crash")
	fmt.Println("start")
	_, err := os.Open("/definitely/not/here.txt")
	if err != nil {
		panic(err)
	}
	fmt.Println("unreachable")
}
