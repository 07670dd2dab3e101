// Exercises: os.Exit - output written before exiting is kept, deferred calls of main and of the calling function do not run, exit status 3
package main

import (
	"fmt"
	"os"
)

func shutdown(code int) {
	defer fmt.Println("shutdown's defer: never printed")
	fmt.Println("shutting down with", code)
	os.Exit(code)
}

func main() {
	defer fmt.Println("main's defer: never printed")
	func() {
		defer fmt.Println("a finished function's defer runs")
	}()
	shutdown(3)
	fmt.Println("unreachable")
}
