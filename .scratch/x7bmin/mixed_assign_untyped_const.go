package main

import (
	"errors"
	"fmt"
)

func parse() error { return errors.New("bad input") }

func main() {
	var total float64
	var err error
	total, err = 5, parse() // an untyped constant next to a call
	fmt.Println(total, err) // Go: 5 bad input
}
