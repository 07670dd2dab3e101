// Exercises: Go 1.26 errors.AsType into *strconv.NumError, *fs.PathError, a cell's pointer error and value error, through errors.Join and %w.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return e.Key + " not found" }

type Code int

func (c Code) Error() string { return "code " + strconv.Itoa(int(c)) }

func main() {
	_, err := strconv.Atoi("x1")
	if ne, ok := errors.AsType[*strconv.NumError](err); ok {
		fmt.Println("num error:", ne.Func, ne.Num, ne.Err)
	}
	_, err = os.Open("/nonexistent/file")
	pe, ok := errors.AsType[*fs.PathError](err)
	fmt.Println(ok, pe.Op, pe.Path)
	joined := errors.Join(errors.New("plain"), fmt.Errorf("wrap: %w", &NotFound{"k"}), Code(7))
	nf, ok := errors.AsType[*NotFound](joined)
	fmt.Println(ok, nf)
	c, ok := errors.AsType[Code](joined)
	fmt.Println(ok, c, int(c))
	_, ok = errors.AsType[*NotFound](errors.New("other"))
	fmt.Println(ok)
}
