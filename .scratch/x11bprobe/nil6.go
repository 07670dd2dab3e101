package main

import "fmt"

type E struct{}

func (e *E) Error() string { return "E" }

func get() error {
	var e *E
	return e
}

func main() {
	fmt.Println(get() != nil)
}
