package main

import "fmt"

type Code struct {
	N   int
	Msg string
}

func main() {
	fmt.Println("before")
	defer fmt.Println("deferred")
	panic(Code{3, "bad"})
}
