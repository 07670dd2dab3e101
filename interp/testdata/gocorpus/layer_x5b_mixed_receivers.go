// Exercises: Layer interface with value- and pointer-receiver implementations mixed, embedded Base carrying a name, promoted methods
package main

import (
	"fmt"
	"math"
)

type Base struct{ Name string }

func (b Base) ID() string { return "layer:" + b.Name }

type Layer interface {
	Forward(x []float64) []float64
	ID() string
}

type Scale struct {
	Base
	K float64
}

func (s Scale) Forward(x []float64) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = s.K * v
	}
	return out
}

type Counter struct {
	Base
	Calls int
}

func (c *Counter) Forward(x []float64) []float64 {
	c.Calls++
	return x
}

type Tanh struct{ *Base }

func (t Tanh) Forward(x []float64) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = math.Round(math.Tanh(v)*1e4) / 1e4
	}
	return out
}

func main() {
	cnt := &Counter{Base: Base{"count"}}
	net := []Layer{Scale{Base{"s2"}, 2}, cnt, Tanh{&Base{"tanh"}}, cnt}
	x := []float64{0.1, -0.3, 1}
	for _, l := range net {
		x = l.Forward(x)
		fmt.Printf("%-11s %v\n", l.ID(), x)
	}
	fmt.Println("calls:", cnt.Calls, cnt.Name, cnt.Base.Name)
	sc := net[0].(Scale)
	sc.K = 100
	fmt.Println(net[0].(Scale).K, sc.K)
	net[2].(Tanh).Name = "renamed"
	fmt.Println(net[2].ID())
	if _, ok := net[1].(*Counter); ok {
		fmt.Println("net[1] is a *Counter")
	}
	fmt.Printf("%+v\n", net[0])
}
