// Exercises: package variables (initialised through a helper appending to a trace) come before init funcs
package main

import "fmt"

var trace []string

var a = record("a")

func record(s string) string {
	trace = append(trace, s)
	return s
}

func init() { trace = append(trace, "init") }

func main() { fmt.Println(trace) }
