package main

import "fmt"

var trace []string

func note(s string) int {
	trace = append(trace, s)
	return len(trace)
}

var b = note("var b")

func init() {
	note("init 1")
}

func main() {
	fmt.Println(trace)
}
