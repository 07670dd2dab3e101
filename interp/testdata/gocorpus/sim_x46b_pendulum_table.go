package main

import (
	"fmt"
	"math"
	"os"
	"text/tabwriter"
)

type Pendulum struct {
	L     float64
	Theta float64
	Omega float64
}

const grav = 9.81

func (p *Pendulum) step(dt float64) {
	// semi-implicit Euler
	p.Omega -= grav / p.L * math.Sin(p.Theta) * dt
	p.Theta += p.Omega * dt
}

func period(L, theta0 float64) float64 {
	p := &Pendulum{L: L, Theta: theta0}
	dt := 1e-4
	t := 0.0
	crossings := 0
	prev := p.Theta
	var first float64
	for crossings < 3 {
		p.step(dt)
		t += dt
		if (prev > 0) != (p.Theta > 0) {
			crossings++
			if crossings == 1 {
				first = t
			}
		}
		prev = p.Theta
	}
	return t - first
}

func main() {
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "theta0(deg)\tT sim\tT small\tratio\t")
	small := 2 * math.Pi * math.Sqrt(1/grav)
	for _, deg := range []float64{5, 20, 45, 90, 135, 170} {
		T := period(1, deg*math.Pi/180)
		fmt.Fprintf(tw, "%.0f\t%.4f\t%.4f\t%.4f\t\n", deg, T, small, T/small)
	}
	tw.Flush()
}
