package main

import (
	"fmt"
	"math"
)

type Stepper func(t, y, h float64) float64

func makeStepper(f func(t, y float64) float64, method string) (Stepper, *int) {
	calls := 0
	ff := func(t, y float64) float64 {
		calls++
		return f(t, y)
	}
	switch method {
	case "euler":
		return func(t, y, h float64) float64 { return y + h*ff(t, y) }, &calls
	case "heun":
		return func(t, y, h float64) float64 {
			k1 := ff(t, y)
			k2 := ff(t+h, y+h*k1)
			return y + h/2*(k1+k2)
		}, &calls
	case "rk4":
		return func(t, y, h float64) float64 {
			k1 := ff(t, y)
			k2 := ff(t+h/2, y+h/2*k1)
			k3 := ff(t+h/2, y+h/2*k2)
			k4 := ff(t+h, y+h*k3)
			return y + h/6*(k1+2*k2+2*k3+k4)
		}, &calls
	}
	panic("unknown method " + method)
}

func main() {
	// logistic growth y' = y(1-y), y(0) = 0.1
	f := func(t, y float64) float64 { return y * (1 - y) }
	exact := func(t float64) float64 { return 1 / (1 + 9*math.Exp(-t)) }
	fmt.Printf("%-6s %5s %12s %10s %6s\n", "method", "h", "y(5)", "err", "calls")
	for _, m := range []string{"euler", "heun", "rk4"} {
		for _, h := range []float64{0.5, 0.1} {
			step, calls := makeStepper(f, m)
			y, t := 0.1, 0.0
			for t < 5-1e-9 {
				y = step(t, y, h)
				t += h
			}
			fmt.Printf("%-6s %5.2f %12.8f %10.2e %6d\n", m, h, y, math.Abs(y-exact(5)), *calls)
		}
	}
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	makeStepper(f, "verlet")
}
