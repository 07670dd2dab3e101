package main

import "fmt"

func main() {
	nil := 0
	// go: 0; gobackprop: <nil> (a variable shadowing the predeclared nil is ignored)
	fmt.Println(nil)
}
