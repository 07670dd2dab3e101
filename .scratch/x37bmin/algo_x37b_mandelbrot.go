// Reduction of algo_x37b_mandelbrot.go (both styles): tool panic.
// Returning the untyped constant 0 from a function whose result is complex128
// (the program's newton: "return 0, iterations").
// go run prints:   (0+0i)
// session reports: panic: reflect.Value.Convert: value of type int cannot be
//   converted to type complex128
// (Also fails for "return 1.5, nil" with results (complex128, error).)

package main

import "fmt"

func f() complex128 {
	return 0
}

func main() {
	fmt.Println(f())
}
