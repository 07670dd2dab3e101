// Exercises: package-level state: init() order, variables initialized from functions in dependency order, helpers mutating globals
package main

import "fmt"

var (
	total    = base * scale
	base     = defaultBase()
	scale    = 3
	step     int
	registry = map[string]int{}
)

func defaultBase() int {
	fmt.Println("defaultBase called")
	return 7
}

func init() {
	fmt.Println("init 1: total =", total)
	registry["sgd"] = 1
}

func init() {
	fmt.Println("init 2: registry size", len(registry))
	registry["adam"] = 2
}

func train() {
	step++
	registry[fmt.Sprint("step", step)] = step
}

func main() {
	fmt.Println("main starts, step =", step)
	train()
	train()
	fmt.Println(step, len(registry), registry["adam"], registry["step2"])
	base = 1
	fmt.Println(total, base)
}
