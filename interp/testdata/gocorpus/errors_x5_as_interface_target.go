// Exercises: errors.As into interface targets (a behaviour the error may have), a compiled error, error itself and a value type.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type tempErr struct{ n int }

func (tempErr) Error() string   { return "temporary" }
func (tempErr) Temporary() bool { return true }

type permErr struct{}

func (*permErr) Error() string { return "perm" }

type temporary interface{ Temporary() bool }

func main() {
	var err error = fmt.Errorf("wrap: %w", tempErr{3})
	var t temporary
	fmt.Println(errors.As(err, &t), t != nil && t.Temporary())
	var t2 interface{ Temporary() bool }
	fmt.Println(errors.As(&permErr{}, &t2), t2 == nil)
	_, oerr := os.Open("/nonexistent/x")
	var pe *fs.PathError
	fmt.Println(errors.As(oerr, &pe), pe.Op)
	var e error
	fmt.Println(errors.As(err, &e), e)
	var te tempErr
	fmt.Println(errors.As(err, &te), te.n)
}
