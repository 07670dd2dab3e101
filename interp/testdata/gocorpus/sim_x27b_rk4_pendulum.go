package main

import (
	"fmt"
	"math"
)

type State [2]float64

type Deriv func(t float64, s State) State

func add(a State, k float64, b State) State {
	return State{a[0] + k*b[0], a[1] + k*b[1]}
}

func Euler(f Deriv, t float64, s State, h float64) State {
	return add(s, h, f(t, s))
}

func RK4(f Deriv, t float64, s State, h float64) State {
	k1 := f(t, s)
	k2 := f(t+h/2, add(s, h/2, k1))
	k3 := f(t+h/2, add(s, h/2, k2))
	k4 := f(t+h, add(s, h, k3))
	var out State
	for i := range out {
		out[i] = s[i] + h/6*(k1[i]+2*k2[i]+2*k3[i]+k4[i])
	}
	return out
}

func energy(s State) float64 {
	return 0.5*s[1]*s[1] + (1 - math.Cos(s[0]))
}

func main() {
	pendulum := func(t float64, s State) State {
		return State{s[1], -math.Sin(s[0])}
	}
	steppers := map[string]func(Deriv, float64, State, float64) State{
		"euler": Euler,
		"rk4":   RK4,
	}
	names := []string{"euler", "rk4"}
	for _, name := range names {
		step := steppers[name]
		s := State{1.0, 0}
		e0 := energy(s)
		h := 0.05
		t := 0.0
		fmt.Printf("%s:\n", name)
		for i := 1; i <= 400; i++ {
			s = step(pendulum, t, s, h)
			t += h
			if i%80 == 0 {
				fmt.Printf("  t=%5.2f theta=%+.5f omega=%+.5f dE=%+.2e\n", t, s[0], s[1], energy(s)-e0)
			}
		}
	}
	fmt.Println(len(steppers))
}
