package main

import (
	"fmt"
	"os"
)

func cleanupAndExit(code int) {
	defer fmt.Println("not printed")
	fmt.Println("exiting with", code)
	os.Exit(code)
}

func main() {
	defer fmt.Println("main defer not printed")
	func() {
		defer func() {
			fmt.Println("recover sees:", recover())
		}()
		cleanupAndExit(0)
	}()
	fmt.Println("unreachable")
}
