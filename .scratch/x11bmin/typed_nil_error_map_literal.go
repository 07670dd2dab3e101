package main

import "fmt"

type E struct{}

func (e *E) Error() string { return "E" }

func main() {
	var e *E
	// go: true; gobackprop: false
	fmt.Println(map[string]error{"a": e}["a"] != nil)
}
