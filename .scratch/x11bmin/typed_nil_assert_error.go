package main

import "fmt"

type E struct{}

func (e *E) Error() string { return "E" }

func check(x any) {
	if err, ok := x.(error); ok {
		fmt.Println("error?", err != nil)
	}
}

func main() {
	var e *E
	// go: error? true; gobackprop: ?
	check(e)
}
