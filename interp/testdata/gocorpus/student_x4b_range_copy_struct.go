// Exercises: student mistake: modifying range-loop copies of structs in a slice and in a map, arrays of structs vs slices of pointers
package main

import "fmt"

type Neuron struct {
	W    []float64
	Bias float64
}

func main() {
	layer := []Neuron{{[]float64{1, 2}, 0}, {[]float64{3, 4}, 0}}
	for _, n := range layer {
		n.Bias = 1  // lost: n is a copy of the struct
		n.W[0] = -1 // kept: the copy shares the W slice
	}
	fmt.Println(layer)
	ptrs := []*Neuron{&layer[0], &layer[1]}
	for _, n := range ptrs {
		n.Bias += 0.5
	}
	fmt.Println(layer[0].Bias, layer[1].Bias)
	byName := map[string]Neuron{"h1": layer[0]}
	n := byName["h1"]
	n.Bias = 9
	fmt.Println(byName["h1"].Bias, n.Bias)
	byName["h1"] = n
	fmt.Println(byName["h1"].Bias)
	arr := [2]Neuron{{nil, 1}, {nil, 2}}
	for i, n := range arr {
		arr[1].Bias = 100 // range over an array iterates a copy
		fmt.Print(i, ":", n.Bias, " ")
	}
	fmt.Println(arr[1].Bias)
}
