// Exercises: student mistake: SGD step with a value receiver updates a copy, so the weights never change; then the pointer fix
package main

import "fmt"

type Param struct {
	W, Grad float64
	Steps   int
}

func (p Param) Step(lr float64) {
	p.W -= lr * p.Grad
	p.Steps++
}

func (p *Param) StepFixed(lr float64) {
	p.W -= lr * p.Grad
	p.Steps++
}

type Net struct{ Params []Param }

func main() {
	p := Param{W: 1, Grad: 0.5}
	for i := 0; i < 3; i++ {
		p.Step(0.1)
	}
	fmt.Printf("value receiver: %+v\n", p)
	for i := 0; i < 3; i++ {
		p.StepFixed(0.1)
	}
	fmt.Printf("pointer receiver: %+v\n", p)
	n := Net{Params: []Param{{W: 1, Grad: 1}, {W: 2, Grad: -1}}}
	for _, q := range n.Params {
		q.StepFixed(0.5) // q is a copy: lost again
	}
	fmt.Println(n.Params)
	for i := range n.Params {
		n.Params[i].StepFixed(0.5)
	}
	fmt.Println(n.Params)
	step := p.Step // method value with a value receiver: copies p now
	p.W = 100
	step(1)
	fmt.Println(p.W, p.Steps)
}
