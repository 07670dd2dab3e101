// Exercises: single-value assertions on nil interfaces (interface{}, an interface of the notebook, error, fmt.Stringer): the recovered panic's message names the static type
package main

import "fmt"

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	var x any
	var sh Shape
	var e error
	try(func() { _ = x.(int) })
	try(func() { _ = x.(Rect) })
	try(func() { _ = sh.(Rect) })
	try(func() { _ = sh.(*Rect) })
	try(func() { _ = sh.(fmt.Stringer) })
	try(func() { _ = e.(interface{ Timeout() bool }) })
	var s fmt.Stringer
	try(func() { _ = s.(error) })
}
