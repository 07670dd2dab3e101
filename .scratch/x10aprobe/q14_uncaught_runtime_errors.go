package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	idx := 5
	fmt.Println("about to index")
	fmt.Println(s[idx])
}
