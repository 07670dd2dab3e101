package main

import "fmt"

func main() {
	defer func() { fmt.Println(recover()) }()
	m := map[any]int{}
	// go: runtime error: hash of unhashable type []int; gobackprop: hash of unhashable type: []int
	m[[]int{1}] = 1
}
