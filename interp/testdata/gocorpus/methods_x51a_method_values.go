package main

import (
	"fmt"
	"math"
)

type Linear struct {
	W, B float64
}

func (l Linear) Apply(x float64) float64    { return l.W*x + l.B }
func (l Linear) DInput(float64) float64     { return l.W }
func (l *Linear) Update(dw, db, lr float64) { l.W -= lr * dw; l.B -= lr * db }

type Stage struct {
	F, D func(float64) float64
}

func main() {
	l1 := Linear{2, 1}
	l2 := &Linear{-0.5, 3}
	stages := []Stage{
		{l1.Apply, l1.DInput},
		{math.Tanh, func(x float64) float64 { return 1 - math.Tanh(x)*math.Tanh(x) }},
		{l2.Apply, l2.DInput},
	}
	forward := func(x float64) (float64, []float64) {
		ins := make([]float64, len(stages))
		for i, s := range stages {
			ins[i] = x
			x = s.F(x)
		}
		return x, ins
	}
	x := 0.3
	y, ins := forward(x)
	g := 1.0
	for i := len(stages) - 1; i >= 0; i-- {
		g *= stages[i].D(ins[i])
	}
	yp, _ := forward(x + 1e-6)
	ym, _ := forward(x - 1e-6)
	fmt.Printf("y=%.6f dy/dx=%.6f numeric=%.6f\n", y, g, (yp-ym)/2e-6)
	l1.W = 100 // method value captured a copy
	y2, _ := forward(x)
	fmt.Println("unchanged after l1.W=100:", y2 == y)
	l2.Update(1, 1, 0.5) // pointer receiver: bound value sees update
	y3, _ := forward(x)
	fmt.Printf("after update: %.6f\n", y3)
	apply := Linear.Apply
	upd := (*Linear).Update
	upd(l2, 0, -2, 1)
	fmt.Println(apply(Linear{3, 0}, 2), *l2)
	fmt.Printf("%T\n%T\n", apply, upd)
}
