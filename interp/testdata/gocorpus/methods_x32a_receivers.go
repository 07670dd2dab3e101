package main

import (
	"fmt"
	"math"
)

type Vertex struct {
	X, Y float64
}

func (v Vertex) Abs() float64 { return math.Sqrt(v.X*v.X + v.Y*v.Y) }

func (v *Vertex) Scale(f float64) {
	v.X *= f
	v.Y *= f
}

func ScaleFunc(v *Vertex, f float64) {
	v.X *= f
	v.Y *= f
}

type Counter struct{ n int }

// String has a pointer receiver: only *Counter is a Stringer.
func (c *Counter) String() string { return fmt.Sprintf("Counter(%d)", c.n) }
func (c *Counter) Inc()           { c.n++ }

type MyFloat float64

func (f MyFloat) Abs() float64 {
	if f < 0 {
		return float64(-f)
	}
	return float64(f)
}

type Abser interface{ Abs() float64 }

type Node struct {
	Val  int
	Next *Node
}

// Len works on a nil receiver.
func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.Next.Len()
}

func (n *Node) String() string {
	if n == nil {
		return "nil"
	}
	return fmt.Sprintf("%d -> %v", n.Val, n.Next)
}

type Temp float64

func (t Temp) Fahrenheit() Temp { return t*9/5 + 32 }

func main() {
	v := Vertex{3, 4}
	v.Scale(10) // Go takes &v automatically
	fmt.Println(v, v.Abs())
	p := &v
	p.Scale(0.1)
	fmt.Println(p.Abs(), *p) // and dereferences for value methods
	ScaleFunc(&v, 2)
	fmt.Println(v)

	c := Counter{}
	c.Inc()
	c.Inc()
	fmt.Println(c, &c)
	fmt.Printf("%v %v %+v\n", c, &c, c)

	var a Abser
	f := MyFloat(-math.Sqrt2)
	a = f
	fmt.Printf("%.4f %T\n", a.Abs(), a)
	a = &v // *Vertex has Abs through the value method
	fmt.Printf("%.4f %T\n", a.Abs(), a)
	a = v
	fmt.Printf("%.4f %T\n", a.Abs(), a)

	var list *Node
	fmt.Println("empty:", list.Len(), list)
	list = &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(list.Len(), list)

	// method values capture the receiver
	vs := []Vertex{{1, 0}, {0, 2}, {3, 4}}
	var fs []func() float64
	for _, vv := range vs {
		fs = append(fs, vv.Abs)
	}
	vs[2].X = 0
	for _, fn := range fs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()

	// modifying through range needs the index
	for i := range vs {
		vs[i].Scale(2)
	}
	fmt.Println(vs)

	fmt.Println(Temp(100).Fahrenheit(), Temp(-40).Fahrenheit())
	scale := (*Vertex).Scale
	scale(&vs[0], 5)
	abs := Vertex.Abs
	fmt.Println(vs[0], abs(vs[0]))
}
