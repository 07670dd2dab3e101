package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never")
	fmt.Println("before")
	if len(os.Args) > 0 {
		os.Exit(3)
	}
	fmt.Println("after")
}
