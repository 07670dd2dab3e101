// Exercises: iota enum of activations with a String method, Stringer inside structs and slices, switch on the enum, %d vs %v
package main

import (
	"fmt"
	"math"
)

type Activation int

const (
	Identity Activation = iota
	ReLU
	Tanh
	Sigmoid
)

var names = [...]string{"identity", "relu", "tanh", "sigmoid"}

func (a Activation) String() string {
	if a < 0 || int(a) >= len(names) {
		return fmt.Sprintf("Activation(%d)", int(a))
	}
	return names[a]
}

func (a Activation) Apply(x float64) float64 {
	switch a {
	case ReLU:
		return math.Max(0, x)
	case Tanh:
		return math.Tanh(x)
	case Sigmoid:
		return 1 / (1 + math.Exp(-x))
	}
	return x
}

type LayerSpec struct {
	Units int
	Act   Activation
}

func main() {
	specs := []LayerSpec{{64, ReLU}, {32, Tanh}, {10, Identity}}
	fmt.Println(specs)
	fmt.Printf("%v %+v %d %s\n", specs[1], specs[1], specs[1].Act, Sigmoid)
	for a := Identity; a <= Sigmoid+1; a++ {
		fmt.Printf("%-14v f(-0.5)=%.4f\n", a, a.Apply(-0.5))
	}
	acts := map[Activation]int{ReLU: 2, Tanh: 1}
	fmt.Println(acts, []Activation{Sigmoid, ReLU})
	var s fmt.Stringer = Tanh
	fmt.Println(s, s.String() == "tanh")
}
