// Exercises: iota enum with String used as map keys, in an expression switch and in fmt; a map from enum to func
package main

import (
	"fmt"
	"math"
)

type Activation uint8

const (
	ReLU Activation = iota + 1
	Sigmoid
	Tanh
	LeakyReLU
)

var names = [...]string{ReLU: "relu", Sigmoid: "sigmoid", Tanh: "tanh", LeakyReLU: "leaky"}

func (a Activation) String() string {
	if int(a) < len(names) && names[a] != "" {
		return names[a]
	}
	return fmt.Sprintf("Activation(%d)", a)
}

var forward = map[Activation]func(float64) float64{
	ReLU:    func(x float64) float64 { return math.Max(0, x) },
	Sigmoid: func(x float64) float64 { return 1 / (1 + math.Exp(-x)) },
	Tanh:    math.Tanh,
}

func deriv(a Activation, x float64) float64 {
	switch a {
	case ReLU:
		if x > 0 {
			return 1
		}
		return 0
	case Sigmoid:
		s := forward[Sigmoid](x)
		return s * (1 - s)
	case Tanh:
		t := math.Tanh(x)
		return 1 - t*t
	default:
		return math.NaN()
	}
}

func main() {
	counts := map[Activation]int{}
	for _, a := range []Activation{ReLU, Tanh, ReLU, Sigmoid, LeakyReLU} {
		counts[a]++
	}
	fmt.Println(counts)
	for a := ReLU; a <= LeakyReLU; a++ {
		f, ok := forward[a]
		if !ok {
			fmt.Printf("%-8v missing, deriv %v\n", a, deriv(a, 0.5))
			continue
		}
		fmt.Printf("%-8v f(0.5)=%.4f f'(0.5)=%.4f\n", a, f(0.5), deriv(a, 0.5))
	}
	fmt.Printf("%v %d %x %q\n", Activation(9), Tanh, Tanh, Sigmoid)
}
