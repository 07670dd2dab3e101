package main

import (
	"fmt"
	"math"
)

type Schedule interface {
	LR(step int) float64
	fmt.Stringer
}

type Constant float64

func (c Constant) LR(int) float64 { return float64(c) }
func (c Constant) String() string { return fmt.Sprintf("const(%g)", float64(c)) }

type StepDecay struct {
	Base  float64
	Every int
	Gamma float64
}

func (s StepDecay) LR(step int) float64 {
	return s.Base * math.Pow(s.Gamma, float64(step/s.Every))
}
func (s StepDecay) String() string {
	return fmt.Sprintf("step(%g every %d x%g)", s.Base, s.Every, s.Gamma)
}

type Cosine struct {
	Max, Min float64
	Total    int
}

func (c Cosine) LR(step int) float64 {
	t := float64(min(step, c.Total)) / float64(c.Total)
	return c.Min + 0.5*(c.Max-c.Min)*(1+math.Cos(math.Pi*t))
}
func (c Cosine) String() string { return "cosine" }

type Warmup struct {
	Schedule
	Steps int
}

func (w Warmup) LR(step int) float64 {
	if step < w.Steps {
		return w.Schedule.LR(0) * float64(step+1) / float64(w.Steps)
	}
	return w.Schedule.LR(step - w.Steps)
}

func train(s Schedule, steps int) float64 {
	// minimize f(x) = (x-3)^2 starting from 0
	x := 0.0
	for i := 0; i < steps; i++ {
		g := 2 * (x - 3)
		x -= s.LR(i) * g
	}
	return x
}

func main() {
	schedules := []Schedule{
		Constant(0.1),
		StepDecay{Base: 0.3, Every: 5, Gamma: 0.5},
		Cosine{Max: 0.4, Min: 0.01, Total: 20},
		Warmup{Schedule: Cosine{Max: 0.4, Min: 0.01, Total: 16}, Steps: 4},
	}
	for _, s := range schedules {
		fmt.Printf("%-26v", s)
		for _, st := range []int{0, 3, 5, 10, 19} {
			fmt.Printf(" %.4f", s.LR(st))
		}
		fmt.Printf("  -> x=%.5f\n", train(s, 20))
	}
	w := schedules[3].(Warmup)
	fmt.Println(w.String(), w.Steps)
}
