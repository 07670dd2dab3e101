// Exercises: type Act int with iota and String, switch over kinds, map keyed by Act, derivative per kind, %d vs %v
package main

import (
	"fmt"
	"math"
)

type Act int

const (
	Identity Act = iota
	ReLU
	Sigmoid
	Tanh
	LeakyReLU
)

var actNames = [...]string{"identity", "relu", "sigmoid", "tanh", "leaky"}

func (a Act) String() string {
	if a >= 0 && int(a) < len(actNames) {
		return actNames[a]
	}
	return fmt.Sprintf("Act(%d)", int(a))
}

func (a Act) Apply(x float64) (y, dy float64) {
	switch a {
	case ReLU:
		if x > 0 {
			return x, 1
		}
		return 0, 0
	case LeakyReLU:
		if x > 0 {
			return x, 1
		}
		return 0.01 * x, 0.01
	case Sigmoid:
		s := 1 / (1 + math.Exp(-x))
		return s, s * (1 - s)
	case Tanh:
		t := math.Tanh(x)
		return t, 1 - t*t
	default:
		return x, 1
	}
}

func main() {
	used := map[Act]int{}
	for a := Identity; a <= LeakyReLU+1; a++ {
		y, dy := a.Apply(-0.5)
		fmt.Printf("%-8v %2d y=%+.4f dy=%.4f\n", a, a, y, dy)
		used[a%3]++
	}
	fmt.Println(used)
	layers := []Act{ReLU, ReLU, Sigmoid}
	fmt.Printf("%v %d %s\n", layers, layers, layers[2])
	var x any = Tanh
	if s, ok := x.(fmt.Stringer); ok {
		fmt.Println("stringer:", s)
	}
	fmt.Printf("%#v %T\n", Tanh, Tanh)
}
