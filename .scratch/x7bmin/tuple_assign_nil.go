package main

import "fmt"

func main() {
	cur := []string{"a"}
	n := 1
	cur, n = nil, 0
	fmt.Println(cur, n, cur == nil)
}
