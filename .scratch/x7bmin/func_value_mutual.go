package main

import "fmt"

func a() func() int { return b }

func b() int {
	a()
	return 7
}

func main() {
	fmt.Println(a()())
}
