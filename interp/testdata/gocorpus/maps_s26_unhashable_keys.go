// Exercises: a map keyed by interface{} holding struct keys with methods (interned), and keys Go cannot hash:
// each panics with the runtime error of Go, the panic is recovered and the map goes on working.
package main

import "fmt"

type Cell struct{ R, C int }

func (c Cell) String() string { return "c" }

func try(m map[any]int, k any) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	m[k]++
	fmt.Println("ok", m[k])
}

func main() {
	m := map[any]int{}
	try(m, Cell{1, 2})
	try(m, Cell{1, 2})
	try(m, []int{1})
	try(m, []int{1})
	try(m, map[string]int{})
	try(m, 3)
	fmt.Println(len(m))
}
