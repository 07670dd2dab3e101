// Exercises: os.Exit ends the program without running deferred calls
// (Go by Example's Exit page).
package main

import (
	"fmt"
	"os"
)

func cleanup(name string) { fmt.Println("cleanup", name) }

func run() {
	defer cleanup("run")
	fmt.Println("running")
	os.Exit(3)
}

func main() {
	defer fmt.Println("!")
	run()
}
