package main

import (
	"fmt"
	"math"
	"strings"
)

type State [2]float64 // prey, predators

type System func(t float64, s State) State

func (s State) add(o State, k float64) State {
	return State{s[0] + k*o[0], s[1] + k*o[1]}
}

func rk4(f System, s State, t, h float64) State {
	k1 := f(t, s)
	k2 := f(t+h/2, s.add(k1, h/2))
	k3 := f(t+h/2, s.add(k2, h/2))
	k4 := f(t+h, s.add(k3, h))
	return State{
		s[0] + h/6*(k1[0]+2*k2[0]+2*k3[0]+k4[0]),
		s[1] + h/6*(k1[1]+2*k2[1]+2*k3[1]+k4[1]),
	}
}

func euler(f System, s State, t, h float64) State { return s.add(f(t, s), h) }

func lotka(alpha, beta, delta, gamma float64) System {
	return func(_ float64, s State) State {
		x, y := s[0], s[1]
		return State{alpha*x - beta*x*y, delta*x*y - gamma*y}
	}
}

func bar(v, scale float64) string {
	n := int(math.Round(v / scale))
	return strings.Repeat("#", min(n, 60))
}

func main() {
	f := lotka(1.1, 0.4, 0.1, 0.4)
	s := State{10, 10}
	h := 0.01
	peakPrey, peakT := 0.0, 0.0
	for step := 0; step <= 3000; step++ {
		t := float64(step) * h
		if step%250 == 0 {
			fmt.Printf("t=%5.2f prey=%7.3f pred=%7.3f %s\n", t, s[0], s[1], bar(s[0], 1))
		}
		if s[0] > peakPrey {
			peakPrey, peakT = s[0], t
		}
		s = rk4(f, s, t, h)
	}
	fmt.Printf("peak prey %.3f at t=%.2f\n", peakPrey, peakT)

	// compare Euler and RK4 on y' = -2y, y(0)=1 at t=1
	decay := func(_ float64, s State) State { return State{-2 * s[0], 0} }
	exact := math.Exp(-2)
	for _, h := range []float64{0.1, 0.05, 0.01} {
		e, r := State{1, 0}, State{1, 0}
		n := int(math.Round(1 / h))
		for i := 0; i < n; i++ {
			e = euler(decay, e, float64(i)*h, h)
			r = rk4(decay, r, float64(i)*h, h)
		}
		fmt.Printf("h=%.2f euler err=%.2e rk4 err=%.2e\n", h, math.Abs(e[0]-exact), math.Abs(r[0]-exact))
	}
}
