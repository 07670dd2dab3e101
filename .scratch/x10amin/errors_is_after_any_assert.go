// Go prints "true": an error obtained by a type assertion a.(error) from an any holding a user struct is errors.Is itself; the session prints "false" (a plain `var e error = bad{}` is right).
package main

import (
	"errors"
	"fmt"
)

type bad struct{}

func (bad) Error() string { return "bad" }

func main() {
	var a any = bad{}
	e := a.(error)
	fmt.Println(errors.Is(e, e))
}
