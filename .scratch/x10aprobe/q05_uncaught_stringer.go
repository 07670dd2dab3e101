package main

import "fmt"

type code int

func (c code) String() string { return fmt.Sprintf("code-%d", int(c)) }

func main() {
	fmt.Println("start")
	panic(code(7))
}
