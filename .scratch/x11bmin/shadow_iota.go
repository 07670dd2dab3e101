package main

import "fmt"

func main() {
	iota := 5
	// go: 5; gobackprop: 0 (a variable shadowing the predeclared iota is ignored)
	fmt.Println(iota)
}
