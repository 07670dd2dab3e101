package main

import (
	"fmt"
	"math"
	"strings"
)

type Oscillator struct {
	M, K, C float64 // mass, stiffness, damping
	X, V    float64
}

func (o *Oscillator) Accel(x, v float64) float64 {
	return (-o.K*x - o.C*v) / o.M
}

// Verlet (velocity) step
func (o *Oscillator) Step(dt float64) {
	a := o.Accel(o.X, o.V)
	o.X += o.V*dt + 0.5*a*dt*dt
	vHalf := o.V + 0.5*a*dt
	a2 := o.Accel(o.X, vHalf)
	o.V = vHalf + 0.5*a2*dt
}

func (o Oscillator) Energy() float64 {
	return 0.5*o.M*o.V*o.V + 0.5*o.K*o.X*o.X
}

func plotRow(x, amp float64, width int) string {
	row := []byte(strings.Repeat(" ", width))
	row[width/2] = '|'
	pos := int((x/amp+1)/2*float64(width-1) + 0.5)
	if pos >= 0 && pos < width {
		row[pos] = 'o'
	}
	return string(row)
}

func main() {
	cases := map[string]float64{"undamped": 0, "under": 0.5, "critical": 4, "over": 8}
	names := []string{"undamped", "under", "critical", "over"}
	dt := 0.01
	for _, name := range names {
		o := &Oscillator{M: 1, K: 4, C: cases[name], X: 1}
		e0 := o.Energy()
		for i := 0; i < 500; i++ {
			o.Step(dt)
		}
		fmt.Printf("%-9s x=%+.4f v=%+.4f E/E0=%.4f\n", name, o.X, o.V, o.Energy()/e0)
	}
	fmt.Println()
	o := Oscillator{M: 1, K: 4, C: 0.3, X: 1}
	for i := 0; i <= 400; i++ {
		if i%20 == 0 {
			fmt.Printf("t=%4.1f %s\n", float64(i)*dt, plotRow(o.X, 1, 41))
		}
		o.Step(dt)
	}
	w := math.Sqrt(o.K / o.M)
	fmt.Printf("natural period %.4f\n", 2*math.Pi/w)
}
