// Exercises: defer inside a loop with closures capturing per-iteration variables, and deferred method on a value
package main

import "fmt"

type tracer struct{ name string }

func (t tracer) done() { fmt.Println("done", t.name) }

func run() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("deferred closure sees", i) }()
	}
	t := tracer{"first"}
	defer t.done()
	t.name = "second"
	defer t.done()
}

func main() {
	run()
	for _, s := range []string{"x", "y"} {
		func() {
			defer fmt.Println("leaving", s)
			fmt.Println("in", s)
		}()
	}
}
