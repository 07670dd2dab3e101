// Exercises: errors.As with a target of interface type, and errors.Is with a comparable struct error.
package main

import (
	"errors"
	"fmt"
)

type coded interface {
	error
	Code() int
}

type notFound struct{ name string }

func (n notFound) Error() string { return n.name + " not found" }
func (n notFound) Code() int     { return 404 }

func main() {
	err := fmt.Errorf("handler: %w", fmt.Errorf("store: %w", notFound{"user"}))
	var c coded
	if errors.As(err, &c) {
		fmt.Println("code", c.Code(), "msg", c.Error())
	}
	fmt.Println(errors.Is(err, notFound{"user"}), errors.Is(err, notFound{"post"}))
	var nf notFound
	fmt.Println(errors.As(err, &nf), nf.name)
}
