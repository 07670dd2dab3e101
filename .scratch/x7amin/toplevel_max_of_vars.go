package main

import "fmt"

func main() {
	a := 4
	m := max(a, 5)
	fmt.Println(m)
}
