package main

import "fmt"

type E struct{}

func (e *E) Error() string { return "E" }

func isErr(err error) bool { return err != nil }

func main() {
	var e *E
	var err error
	err = e
	fmt.Println(err != nil, isErr(e))
}
