// Exercises: init functions printing before main, package var initialised by a func
package main

import "fmt"

var registry = map[string]int{}

func register(name string) int {
	registry[name] = len(registry)
	return len(registry)
}

var a = register("a")

func init() {
	register("init")
	fmt.Println("init runs, registry size", len(registry))
}

func main() {
	fmt.Println("main", a, registry)
}
