package main

import "fmt"

type E struct{}

func (e *E) Error() string { return "E" }

type Res struct{ Err error }

func toErr[T error](x T) error { return x }

func main() {
	var e *E
	errs := []error{e}
	fmt.Println(errs[0] != nil)
	r := Res{Err: e}
	fmt.Println(r.Err != nil)
	ch := make(chan error, 1)
	ch <- e
	fmt.Println(<-ch != nil)
	m := map[string]error{"a": e}
	fmt.Println(m["a"] != nil)
	fmt.Println(toErr(e) != nil)
}
