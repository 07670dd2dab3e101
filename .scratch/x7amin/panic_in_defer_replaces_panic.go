package main

import "fmt"

func replaced() (r any) {
	defer func() { r = recover() }()
	defer func() { panic("second") }()
	panic("first")
}

func main() {
	fmt.Println(replaced())
}
