package main

import "fmt"

func main() {
	for _, s := range []string{"x"} {
		_ = s
	}
	fmt.Println("done")
}
