// Exercises: student mistakes with value receivers and range copies: the update is lost, as compiled Go shows
package main

import "fmt"

type Counter struct {
	Steps int
	Loss  float64
}

func (c Counter) Step(loss float64) {
	c.Steps++
	c.Loss = loss
}

func (c *Counter) StepPtr(loss float64) {
	c.Steps++
	c.Loss = loss
}

type Neuron struct {
	W float64
}

func (n Neuron) Update(g float64) Neuron {
	n.W -= 0.1 * g
	return n
}

func main() {
	var c Counter
	c.Step(0.5)
	c.Step(0.4)
	fmt.Printf("%+v\n", c)
	c.StepPtr(0.3)
	fmt.Printf("%+v\n", c)
	layer := []Neuron{{1}, {2}, {3}}
	for _, n := range layer {
		n.W = 0 // changes the copy only
	}
	fmt.Println(layer)
	for i := range layer {
		layer[i].Update(10) // result discarded
	}
	fmt.Println(layer)
	for i := range layer {
		layer[i] = layer[i].Update(10)
	}
	fmt.Println(layer)
	m := map[string]Counter{"a": {}}
	cc := m["a"]
	cc.StepPtr(1)
	fmt.Println(m["a"], cc)
}
