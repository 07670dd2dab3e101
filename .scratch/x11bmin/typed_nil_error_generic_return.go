package main

import "fmt"

type E struct{}

func (e *E) Error() string { return "E" }

func toErr[T error](x T) error { return x }

func main() {
	var e *E
	// go: true; gobackprop: false
	fmt.Println(toErr(e) != nil)
}
