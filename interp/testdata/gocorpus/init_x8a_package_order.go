// Exercises: package initialization - variables initialised in dependency order, not source order; then init funcs in order
package main

import "fmt"

var trace []string

var a = record("a", b+c)
var b = record("b", f())
var c = record("c", 3)
var d = record("d", 4)

func record(name string, v int) int {
	trace = append(trace, name)
	return v
}

func f() int { return d + 1 }

func init() {
	trace = append(trace, "init1")
}

func init() {
	trace = append(trace, "init2")
}

func main() {
	fmt.Println("values:", a, b, c, d)
	fmt.Println("order:", trace)
}
