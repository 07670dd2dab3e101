// Exercises: os.Exit with a status after output; deferred calls do not run
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: not printed")
	fmt.Println("about to exit")
	if len(os.Args) > 0 {
		os.Exit(3)
	}
	fmt.Println("not reached")
}
