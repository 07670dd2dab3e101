package main

import "fmt"

var a = 1

func init() { a = 5 }

func init() { a *= 2 }

func main() {
	fmt.Println(a)
}
