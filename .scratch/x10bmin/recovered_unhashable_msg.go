package main

import "fmt"

func main() {
	defer func() { fmt.Println(recover()) }()
	m := map[any]int{}
	m[[]int{1}] = 1
}
