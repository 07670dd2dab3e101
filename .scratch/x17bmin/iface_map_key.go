// go run: a
// gobackprop (both styles): CompileError: a key Rect{1, 2} of a type with methods in a map keyed by Shape ... is not supported by gobackprop
// (clear error, documented limitation)
package main

import "fmt"

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func main() {
	m := map[Shape]string{Rect{1, 2}: "a"}
	fmt.Println(m[Rect{1, 2}])
}
