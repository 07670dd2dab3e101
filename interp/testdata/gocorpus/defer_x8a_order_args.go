// Exercises: defer - LIFO order, arguments evaluated at the defer statement, receiver evaluated at defer
package main

import "fmt"

type T struct{ name string }

func (t T) Print()   { fmt.Println("value receiver:", t.name) }
func (t *T) PPrint() { fmt.Println("pointer receiver:", t.name) }

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func work() {
	defer un(trace("work"))
	fmt.Println("in work")
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred i:", i)
	}
	x := 10
	defer fmt.Println("arg at defer time:", x)
	x = 20
	defer func() { fmt.Println("closure sees final:", x) }()
	t := T{"first"}
	defer t.Print()
	defer t.PPrint()
	t.name = "second"
	work()
	fmt.Println("main body done")
}
