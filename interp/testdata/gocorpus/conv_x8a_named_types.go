// Exercises: conversions between named types with identical underlying types; methods do not carry over
package main

import "fmt"

type Meters float64
type Feet float64

func (m Meters) String() string { return fmt.Sprintf("%.1fm", float64(m)) }

type Point struct{ X, Y int }
type Vec struct{ X, Y int }

func (v Vec) Len2() int { return v.X*v.X + v.Y*v.Y }

type Names []string

func (n Names) First() string { return n[0] }

func main() {
	m := Meters(3)
	f := Feet(m * 3.28)
	fmt.Println("meters via String:", m)
	fmt.Println("feet without String:", f)
	p := Point{3, 4}
	v := Vec(p)
	fmt.Println("struct conversion:", v.Len2(), p)
	raw := []string{"a", "b"}
	n := Names(raw)
	n[0] = "z"
	fmt.Println("slice conversion shares storage:", raw, n.First())
	fmt.Println("back to float:", float64(m)+1)
	type Temp int
	t := Temp(5)
	fmt.Printf("local named type: %v %T\n", t, t)
}
