package main

import "fmt"

func main() {
	var e error
	_, ok := e.(fmt.Stringer)
	fmt.Println(ok)
}
