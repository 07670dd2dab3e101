// Exercises: nil pointer dereference through a nil struct field, recovered by a deferred func in main
package main

import "fmt"

type Optimizer struct {
	LR       float64
	Schedule *Schedule
}

type Schedule struct{ Decay float64 }

func (o *Optimizer) RateAt(step int) float64 {
	return o.LR / (1 + o.Schedule.Decay*float64(step))
}

func main() {
	o := &Optimizer{LR: 0.1, Schedule: &Schedule{Decay: 0.5}}
	fmt.Printf("%.4f %.4f\n", o.RateAt(0), o.RateAt(2))
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, ok := r.(error)
		fmt.Println(ok, err)
	}()
	plain := &Optimizer{LR: 0.1}
	fmt.Println(plain.Schedule == nil)
	fmt.Println(plain.RateAt(1))
}
