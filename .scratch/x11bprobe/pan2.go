package main

import (
	"errors"
	"fmt"
)

type Code int

type Msg string

func (m Msg) String() string { return "msg:" + string(m) }

type CodeErr int

func (c CodeErr) Error() string { return fmt.Sprint("codeerr ", int(c)) }

func try(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

func main() {
	r := try(func() { panic(Code(3)) })
	c, ok := r.(Code)
	fmt.Println(c, ok)
	fmt.Printf("%v %T\n", r, r)
	r = try(func() { panic(Msg("hi")) })
	_, ok = r.(Msg)
	fmt.Println(r, ok)
	r = try(func() { panic(CodeErr(7)) })
	err, ok := r.(error)
	fmt.Println(err, ok, errors.Is(err, CodeErr(7)))
	ch := make(chan any, 1)
	go func() {
		defer func() { ch <- recover() }()
		panic(Code(9))
	}()
	v := <-ch
	_, ok = v.(Code)
	fmt.Println(v, ok)
}
