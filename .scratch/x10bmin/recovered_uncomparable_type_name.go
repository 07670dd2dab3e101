package main

import "fmt"

type S struct{ f func() }

func main() {
	defer func() { fmt.Println(recover()) }()
	var a, b any = S{}, S{}
	fmt.Println(a == b)
}
