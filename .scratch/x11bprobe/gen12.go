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
	fmt.Println(As[*E](&E{}))
}
