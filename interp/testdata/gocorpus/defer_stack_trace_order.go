// Exercises: defers across nested calls run as each function returns.
package main

import "fmt"

var trace []string

func enter(name string) string {
	trace = append(trace, "enter "+name)
	return name
}

func leave(name string) {
	trace = append(trace, "leave "+name)
}

func a() {
	defer leave(enter("a"))
	b()
}

func b() {
	defer leave(enter("b"))
	c()
}

func c() {
	defer leave(enter("c"))
	trace = append(trace, "in c")
}

func main() {
	a()
	for i, t := range trace {
		fmt.Println(i, t)
	}
}
