// Exercises: type assertions - comma-ok never panics, failed single-value assertion panics with a TypeAssertionError
package main

import (
	"fmt"
	"runtime"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (q Sq) Area() float64 { return q.S * q.S }

func main() {
	var x interface{} = "hello"
	s, ok := x.(string)
	fmt.Println("comma-ok string:", s, ok)
	n, ok := x.(int)
	fmt.Println("comma-ok int:", n, ok)
	var sh Shape = Sq{2}
	q, ok := sh.(Sq)
	fmt.Println("concrete from interface:", q.S, ok)
	_, ok = sh.(*Sq)
	fmt.Println("pointer type mismatch:", ok)
	var empty interface{}
	_, ok = empty.(fmt.Stringer)
	fmt.Println("nil interface comma-ok:", ok)
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Println("panicked:", isRT, r)
	}()
	fmt.Println(x.(int))
}
