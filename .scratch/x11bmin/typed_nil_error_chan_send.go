package main

import "fmt"

type E struct{}

func (e *E) Error() string { return "E" }

func main() {
	var e *E
	ch := make(chan error, 1)
	ch <- e
	// go: true; gobackprop: false
	fmt.Println(<-ch != nil)
}
