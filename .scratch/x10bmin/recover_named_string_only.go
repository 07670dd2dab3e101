package main

import "fmt"

type syntaxError string

func main() {
	defer func() {
		_, ok := recover().(syntaxError)
		fmt.Println(ok)
	}()
	panic(syntaxError("bad token"))
}
