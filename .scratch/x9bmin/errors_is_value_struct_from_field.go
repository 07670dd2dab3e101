// Go prints "true"; the session: panic "the type of this value is lost ..." - errors.Is (no As) on a value-struct error read from a user struct's error field.
package main

import (
	"errors"
	"fmt"
)

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return fmt.Sprint("code ", e.Code) }

type result struct{ err error }

func main() {
	r := result{CodeErr{5}}
	fmt.Println(errors.Is(r.err, CodeErr{5}))
}
