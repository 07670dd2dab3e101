// Exercises: error implemented with a value receiver, errors.As into a value target, Error() call
package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func run(n int) error {
	if n > 2 {
		return Code(n)
	}
	return nil
}

func main() {
	var err error = Code(7)
	fmt.Println(err.Error(), err)
	e := run(5)
	var c Code
	fmt.Println(errors.As(e, &c), c, int(c)+1)
	fmt.Printf("%v|%s|%d\n", e, e, c)
	fmt.Println(run(1) == nil)
}
