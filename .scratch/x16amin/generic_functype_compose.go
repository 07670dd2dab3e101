// go run:      2 <nil>
// gobackprop:  program style: "panic(*interp.cfgError): 2:9: CFG post-order panic: runtime error:
//              index out of range [3] with length 3"; notebook style: "panic(*interp.cfgError): 1:35:
//              CFG post-order panic: runtime error: invalid memory address or nil pointer dereference"
//              A generic func type Stage[In, Out] func(In) (Out, error), and a generic Compose taking
//              two Stages and returning a func literal as Stage[A, C] (interpreter crash, both styles).

package main

import "fmt"

type Stage[In, Out any] func(In) (Out, error)

func Compose[A, B, C any](f Stage[A, B], g Stage[B, C]) Stage[A, C] {
	return func(a A) (C, error) {
		b, _ := f(a)
		return g(b)
	}
}

func main() {
	inc := Stage[int, int](func(n int) (int, error) { return n + 1, nil })
	str := Stage[int, string](func(n int) (string, error) { return fmt.Sprint(n), nil })
	fmt.Println(Compose(inc, str)(1))
}
