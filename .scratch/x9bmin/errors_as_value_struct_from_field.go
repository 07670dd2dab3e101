// Go prints "true 8"; the session: panic "the type of this value is lost ..." - errors.As on a value-struct error read from a user struct's error field.
package main

import (
	"errors"
	"fmt"
)

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return fmt.Sprint("code ", e.Code) }

type Holder struct{ Err error }

func main() {
	h := Holder{CodeErr{8}}
	var ce CodeErr
	fmt.Println(errors.As(h.Err, &ce), ce.Code)
}
