package main

import (
	"errors"
	"fmt"
)

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return fmt.Sprint("code ", e.Code) }

type Holder struct{ Err error }

func main() {
	var err error = CodeErr{7}
	var ce CodeErr
	fmt.Println(errors.As(err, &ce), ce.Code)
	h := Holder{CodeErr{8}}
	fmt.Println(errors.As(h.Err, &ce), ce.Code)
	errs := []error{CodeErr{9}, errors.New("x")}
	fmt.Println(errors.As(errs[0], &ce), ce.Code)
	j := errors.Join(CodeErr{10})
	fmt.Println(errors.As(j, &ce), ce.Code, errors.Is(j, CodeErr{10}))
	fmt.Printf("%T %v\n", h.Err, h.Err == CodeErr{8})
}
