// Exercises: a type declared, then helpers and variables, then its methods in a separate group below; methods used before their declaration
package main

import "fmt"

type Perceptron struct {
	W       []float64
	B       float64
	Updates int
}

var data = [][]float64{{2, 1}, {1, 3}, {-1, -1}, {-2, 1}}
var labels = []int{1, 1, -1, -1}

func newPerceptron(n int) *Perceptron { return &Perceptron{W: make([]float64, n)} }

func train(p *Perceptron, epochs int) {
	for e := 0; e < epochs; e++ {
		errs := 0
		for i, x := range data {
			if p.Predict(x) != labels[i] {
				p.Update(x, labels[i])
				errs++
			}
		}
		fmt.Printf("epoch %d errors %d %s\n", e, errs, p)
	}
}

func (p *Perceptron) Predict(x []float64) int {
	s := p.B
	for i := range x {
		s += p.W[i] * x[i]
	}
	if s > 0 {
		return 1
	}
	return -1
}

func (p *Perceptron) Update(x []float64, y int) {
	for i := range x {
		p.W[i] += float64(y) * x[i]
	}
	p.B += float64(y)
	p.Updates++
}

func (p *Perceptron) String() string {
	return fmt.Sprintf("W=%v B=%v updates=%d", p.W, p.B, p.Updates)
}

func main() {
	p := newPerceptron(2)
	train(p, 3)
	fmt.Println(p)
}
