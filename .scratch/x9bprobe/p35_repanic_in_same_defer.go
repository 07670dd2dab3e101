package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		panic(fmt.Sprint("re: ", r))
	}()
	panic("first")
}

func outer() (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	inner()
	return "no panic"
}

func main() {
	fmt.Println(outer())
}
