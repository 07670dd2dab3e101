// Exercises: unrecovered runtime panic - calling a nil function value.
package main

import "fmt"

type Hooks struct {
	OnStart func(string)
	OnStop  func(string)
}

func main() {
	h := Hooks{OnStart: func(s string) { fmt.Println("start hook:", s) }}
	h.OnStart("service")
	fmt.Println("stop hook set:", h.OnStop != nil)
	h.OnStop("service")
}
