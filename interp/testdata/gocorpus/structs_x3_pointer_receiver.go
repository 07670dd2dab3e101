// Exercises: value vs pointer receivers, copies of structs, addressable values
package main

import "fmt"

type Vec struct{ X, Y float64 }

func (v Vec) Scaled(k float64) Vec { v.X *= k; v.Y *= k; return v }
func (v *Vec) Scale(k float64)     { v.X *= k; v.Y *= k }

func main() {
	v := Vec{1, 2}
	w := v.Scaled(3)
	fmt.Println(v, w)
	v.Scale(10)
	fmt.Println(v)
	vs := []Vec{{1, 1}, {2, 2}}
	for _, x := range vs {
		x.Scale(5)
	}
	fmt.Println(vs)
	for i := range vs {
		vs[i].Scale(5)
	}
	fmt.Println(vs)
	p := &vs[0]
	fmt.Println(p.Scaled(0.5), *p)
}
