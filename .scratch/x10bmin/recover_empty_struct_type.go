package main

import "fmt"

type bailout struct{}

func main() {
	defer func() {
		_, ok := recover().(bailout)
		fmt.Println(ok)
	}()
	panic(bailout{})
}
