// Exercises: a method deferred directly (defer g.Catch()) is called directly by the deferring function, so its recover stops the panic
package main

import "fmt"

type Guard struct{ name string }

func (g Guard) Catch() {
	if r := recover(); r != nil {
		fmt.Println(g.name, "caught", r)
	}
}

func run() {
	g := Guard{"g"}
	defer g.Catch()
	panic("boom")
}

func main() {
	run()
	fmt.Println("after run")
}
