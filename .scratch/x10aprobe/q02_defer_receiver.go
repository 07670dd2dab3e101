package main

import "fmt"

type T struct{ n int }

func (t T) show()   { fmt.Println("value receiver sees", t.n) }
func (t *T) pshow() { fmt.Println("pointer receiver sees", t.n) }

func main() {
	t := T{1}
	defer t.show()
	defer t.pshow()
	f := t.show
	t.n = 2
	f()
	g := fmt.Println
	defer g("deferred g", t.n)
	t.n = 3
}
