// Exercises: panics with values of the program's named string, int and slice types, recovered and asserted or switched on, one with a String method, and one re-panicked to end the program
package main

import "fmt"

type syntaxError string
type Code int
type Trail []string

func (c Code) String() string { return fmt.Sprint("code#", int(c)) }

func try(f func()) {
	defer func() {
		switch e := recover().(type) {
		case syntaxError:
			fmt.Println("syntax:", string(e))
		case Code:
			fmt.Printf("code %d %v %T\n", int(e), e, e)
		case Trail:
			fmt.Println("trail of", len(e))
		case nil:
			fmt.Println("no panic")
		default:
			fmt.Println("other", e)
		}
	}()
	f()
}

func main() {
	try(func() { panic(syntaxError("bad token")) })
	try(func() { panic(Code(7)) })
	try(func() { panic(Trail{"a", "b"}) })
	try(func() { panic("plain") })
	try(func() {})
	defer func() {
		r := recover()
		if s, ok := r.(syntaxError); ok {
			fmt.Println("caught", s)
		}
		panic(Code(9))
	}()
	panic(syntaxError("last"))
}
