package main

import (
	"errors"
	"fmt"
)

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return fmt.Sprint("code ", e.Code) }

func get() error { return CodeErr{3} }

type result struct {
	val int
	err error
}

func main() {
	var ce CodeErr
	fmt.Println(errors.As(get(), &ce), ce.Code)
	m := map[string]error{"a": CodeErr{4}}
	fmt.Println(errors.As(m["a"], &ce), ce.Code)
	r := result{1, CodeErr{5}}
	fmt.Println(r.err, errors.Is(r.err, CodeErr{5}))
	ch := make(chan error, 1)
	ch <- CodeErr{6}
	fmt.Println(errors.As(<-ch, &ce), ce.Code)
}
