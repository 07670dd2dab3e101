package main

import (
	"fmt"
	"math"
)

type State []float64
type Deriv func(t float64, y State) State

func axpy(a float64, x, y State) State {
	out := make(State, len(y))
	for i := range y {
		out[i] = y[i] + a*x[i]
	}
	return out
}

func euler(f Deriv, t, h float64, y State) State { return axpy(h, f(t, y), y) }

func rk4(f Deriv, t, h float64, y State) State {
	k1 := f(t, y)
	k2 := f(t+h/2, axpy(h/2, k1, y))
	k3 := f(t+h/2, axpy(h/2, k2, y))
	k4 := f(t+h, axpy(h, k3, y))
	out := make(State, len(y))
	for i := range y {
		out[i] = y[i] + h/6*(k1[i]+2*k2[i]+2*k3[i]+k4[i])
	}
	return out
}

type Stepper func(Deriv, float64, float64, State) State

func integrate(step Stepper, f Deriv, y0 State, t1 float64, n int) State {
	h := t1 / float64(n)
	y := y0
	for i := 0; i < n; i++ {
		y = step(f, float64(i)*h, h, y)
	}
	return y
}

func main() {
	// harmonic oscillator y'' = -y
	osc := func(t float64, y State) State { return State{y[1], -y[0]} }
	for _, n := range []int{10, 100, 1000} {
		e := integrate(euler, osc, State{1, 0}, 2*math.Pi, n)
		r := integrate(rk4, osc, State{1, 0}, 2*math.Pi, n)
		fmt.Printf("n=%4d euler=[%.4f %.4f] rk4=[%.4f %.4f]\n", n, e[0], e[1], r[0], r[1])
	}
	// logistic growth
	logistic := func(t float64, y State) State { return State{0.8 * y[0] * (1 - y[0]/10)} }
	y := integrate(rk4, logistic, State{0.5}, 10, 200)
	exact := 10 / (1 + 19*math.Exp(-8))
	fmt.Printf("logistic=%.4f exact=%.4f\n", y[0], exact)
	// Lotka-Volterra
	lv := func(t float64, y State) State {
		return State{1.1*y[0] - 0.4*y[0]*y[1], 0.1*y[0]*y[1] - 0.4*y[1]}
	}
	s := State{10, 10}
	for k := 0; k < 5; k++ {
		s = integrate(rk4, lv, s, 5, 500)
		fmt.Printf("t=%2d prey=%.4f pred=%.4f\n", (k+1)*5, s[0], s[1])
	}
}
