package main

import "fmt"

type syntaxError string

func try(f func()) {
	defer func() {
		switch e := recover().(type) {
		case syntaxError:
			fmt.Println("syntax:", string(e))
		default:
			fmt.Println("other:", e)
		}
	}()
	f()
}

func main() {
	try(func() { panic(syntaxError("bad token")) })
	try(func() { panic("plain string") })
}
