package main

import (
	"errors"
	"fmt"
)

type T struct{ n int }

func (t *T) String() string { return fmt.Sprint("T", t.n) }

type E struct{}

func (e *E) Error() string { return "E" }

func find(ok bool) *T {
	if ok {
		return &T{1}
	}
	return nil
}

func main() {
	var t *T
	fmt.Println(t)
	fmt.Printf("%v %s %+v\n", t, t, t)
	fmt.Println([]*T{nil, {2}})
	var a any = find(false)
	fmt.Println(a == nil, a)
	var e *E
	var err error
	if e != nil {
		err = e
	}
	fmt.Println(err == nil, errors.Is(err, nil))
	m := map[string]*T{"x": nil}
	fmt.Println(m)
}
