package main

import "fmt"

type int32 = int

func main() {
	iota := 5
	string := func(x int) string2 { return string2(fmt.Sprint("s", x)) }
	fmt.Println(iota, string(3))
	var x int32 = 7
	fmt.Printf("%T %v\n", x, x)
	cap := 2
	append := []int{cap}
	fmt.Println(append)
	error := "not an error"
	fmt.Println(error)
	any := 1.5
	fmt.Println(any * 2)
}

type string2 string
