package main

import "fmt"

type Color int

func (c Color) String() string { return "c" }

func main() {
	fmt.Println(Color(0), []byte("hi"))
	fmt.Println(map[any]int{1: 1, "a": 2, 2.5: 3, false: 4, 0: 5})
}
