package main

import "fmt"

type E struct{}

func (e *E) Error() string { return "E" }

func Ptr[T error]() *T {
	var t T
	return &t
}

func main() {
	fmt.Println(*Ptr[*E]() == nil)
}
