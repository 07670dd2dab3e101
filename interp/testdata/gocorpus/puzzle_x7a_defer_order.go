// Exercises: puzzle - defer argument evaluation time, LIFO order, deferred closure modifying named result, defer in loop, method value receiver captured at defer
package main

import "fmt"

type T struct{ n int }

func (t T) show()   { fmt.Println("show", t.n) }
func (t *T) pshow() { fmt.Println("pshow", t.n) }

func triple() (x int) {
	defer func() { x *= 3 }()
	x = 2
	return x + 1
}

func order() {
	for i := range 3 {
		defer fmt.Print(i, " ")
	}
	x := 10
	defer fmt.Println("arg x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 20
}

func recv() {
	t := T{1}
	defer t.show()
	defer t.pshow()
	t.n = 2
}

func main() {
	fmt.Println(triple())
	order()
	fmt.Println()
	recv()
	func() {
		s := []int{1}
		defer fmt.Println(len(s), s)
		s = append(s, 2)
	}()
}
