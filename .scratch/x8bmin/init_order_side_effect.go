// x8b: Go prints "[a init] 1"; both styles print "[init a] 1" - SILENT: init ran before the variable initializer.
package main

import "fmt"

var a = f("a")
var trace []string

func f(name string) int {
	trace = append(trace, name)
	return 1
}

func init() {
	trace = append(trace, "init")
}

func main() {
	fmt.Println(trace, a)
}
