// Reduction of sort_x33b_student_grades.go (notebook style only; program style agrees).
// A top-level statement that calls a method on a conversion, T(0).Hello(), is run
// again after every later statement of the cell (here after each Println).
// In the original, By(less).Sort(students) re-ran after sort.SliceStable and undid it.
// Go prints:
//
//	Hello called
//	a
//	b
//
// The session (notebook style) prints, with no error:
//
//	Hello called
//	a
//	Hello called
//	b
//	Hello called
//
// Same with a func-typed receiver By(f).Sort(xs), a string type Name("x").Print(),
// a non-constant operand T(x).Val() and a discarded result. Not with `var t T; t.Hello()`,
// `T.Hello(0)`, `n := T(0); n.Hello()`, `hello(T(0))`, `_ = T(1).Val()`,
// `fmt.Sprint(T(0).Val())`, `S{}.Hello()`, `(&S{}).Hello()` or `newS().Hello()`.
package main

import "fmt"

type T int

func (T) Hello() { fmt.Println("Hello called") }

func main() {
	T(0).Hello()
	fmt.Println("a")
	fmt.Println("b")
}
