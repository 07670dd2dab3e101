// Exercises: several init funcs in one file run in source order after all package vars; init cannot be referenced
package main

import "fmt"

var registry = map[string]func(int) int{}
var order []string

func register(name string, f func(int) int) {
	registry[name] = f
	order = append(order, name)
}

func init() {
	register("double", func(n int) int { return n * 2 })
}

var base = 7

func init() {
	register("addBase", func(n int) int { return n + base })
}

func init() {
	base = 100
	order = append(order, "base set")
}

func main() {
	fmt.Println("init order:", order)
	fmt.Println("double:", registry["double"](4), "addBase:", registry["addBase"](1))
	fmt.Println("registered:", len(registry))
}
