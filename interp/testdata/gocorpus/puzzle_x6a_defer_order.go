// Exercises: defer evaluation order puzzles: arguments evaluated at defer, LIFO, closures reading later values, defer modifying named results, defer in loop
package main

import "fmt"

type T struct{ n int }

func (t T) Show(tag string)   { fmt.Println(tag, t.n) }
func (t *T) ShowP(tag string) { fmt.Println(tag, t.n) }

func triple() (r int) {
	defer func() { r *= 3 }()
	r = 2
	return r + 1
}

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func main() {
	t := T{1}
	defer t.Show("value recv")
	defer t.ShowP("ptr recv")
	x := 10
	defer fmt.Println("arg x", x)
	defer func() { fmt.Println("closure x", x) }()
	for i := range 3 {
		defer fmt.Print(i, " ")
	}
	x = 20
	t.n = 2
	fmt.Println(triple())
	nested()
	f := func(n int) int { fmt.Println("eval", n); return n }
	defer fmt.Println("sum", f(1)+f(2))
	fmt.Println("end of main")
}
