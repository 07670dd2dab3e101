package main

import (
	"errors"
	"fmt"
)

type E struct{}

func (e *E) Error() string { return "E" }

func As[T any](err error) bool {
	var t T
	return errors.As(err, &t)
}

func main() {
	// go: true
	// gobackprop: [cell 0] ERROR panic(*interp.cfgError): 2:14: CFG post-order panic: runtime error: invalid memory address or nil pointer dereference
	fmt.Println(As[*E](&E{}))
}
