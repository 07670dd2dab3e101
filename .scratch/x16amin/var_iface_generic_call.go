// go run:      box 1
// gobackprop:  error "SyntaxError: expected '(', found _gbm" (program style only; notebook style agrees)
//              var s fmt.Stringer = NewBox(1) - a local var of interface type initialized by a
//              generic call that infers its type argument. (var s any = NewBox(1) is right.)

package main

import "fmt"

type Box[T any] struct{ v T }

func (b Box[T]) String() string { return fmt.Sprint("box ", b.v) }

func NewBox[T any](v T) Box[T] { return Box[T]{v} }

func main() {
	var s fmt.Stringer = NewBox(1)
	fmt.Println(s)
}
