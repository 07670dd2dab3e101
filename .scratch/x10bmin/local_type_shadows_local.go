package main

import "fmt"

func main() {
	type P struct{ K string }
	fmt.Println(P{"a"})
	{
		type P [2]string
		fmt.Println(P{"x", "y"})
	}
}
