// Exercises: Abser interface satisfied by a named float64 (value receiver) and *Vertex (pointer receiver); Scale through pointer.
package main

import (
	"fmt"
	"math"
)

type Abser interface {
	Abs() float64
}

type MyFloat float64

func (f MyFloat) Abs() float64 {
	if f < 0 {
		return float64(-f)
	}
	return float64(f)
}

type Vertex struct {
	X, Y float64
}

func (v *Vertex) Abs() float64 { return math.Sqrt(v.X*v.X + v.Y*v.Y) }

func (v *Vertex) Scale(f float64) {
	v.X *= f
	v.Y *= f
}

func main() {
	var a Abser
	f := MyFloat(-math.Sqrt2)
	v := Vertex{3, 4}
	a = f
	fmt.Println(a.Abs())
	a = &v
	fmt.Println(a.Abs())
	v.Scale(10)
	fmt.Println(a.Abs(), v)
	p := &v
	p.Scale(0.5)
	fmt.Println(*p, a.(*Vertex).X)
	fmt.Printf("%v %T\n", f, f)
	abs := []Abser{MyFloat(-2), &Vertex{6, 8}, MyFloat(1.5)}
	total := 0.0
	for _, x := range abs {
		total += x.Abs()
	}
	fmt.Println(total)
}
