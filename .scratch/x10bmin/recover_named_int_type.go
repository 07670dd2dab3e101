package main

import "fmt"

type Kind int

func main() {
	defer func() {
		_, ok := recover().(Kind)
		fmt.Println(ok)
	}()
	panic(Kind(3))
}
