package main

import "fmt"

type E struct{}

func (e *E) Error() string { return "E" }

type Res struct{ Err error }

func main() {
	var e *E
	// go: true; gobackprop: false
	fmt.Println(Res{Err: e}.Err != nil)
}
