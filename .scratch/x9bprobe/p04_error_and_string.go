package main

import (
	"errors"
	"fmt"
)

type Both struct{ n int }

func (b Both) Error() string  { return fmt.Sprint("error ", b.n) }
func (b Both) String() string { return fmt.Sprint("string ", b.n) }

type wrapErr struct {
	error
	ctx string
}

func main() {
	b := Both{1}
	fmt.Println(b, []Both{{2}})
	fmt.Printf("%v %s %q\n", b, b, b)
	w := wrapErr{errors.New("inner"), "ctx"}
	fmt.Println(w, w.Error())
	var e error = w
	fmt.Printf("%v|%+v\n", e, []error{w, b})
}
