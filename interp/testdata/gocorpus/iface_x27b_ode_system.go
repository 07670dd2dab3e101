package main

import (
	"fmt"
	"math"
)

type System interface {
	Dim() int
	Eval(t float64, y, dy []float64)
}

type Named interface {
	System
	Name() string
}

type LotkaVolterra struct{ A, B, C, D float64 }

func (LotkaVolterra) Dim() int     { return 2 }
func (LotkaVolterra) Name() string { return "lotka-volterra" }
func (l LotkaVolterra) Eval(t float64, y, dy []float64) {
	dy[0] = l.A*y[0] - l.B*y[0]*y[1]
	dy[1] = l.D*y[0]*y[1] - l.C*y[1]
}

type Decay struct{ K []float64 }

func (d Decay) Dim() int     { return len(d.K) }
func (d Decay) Name() string { return fmt.Sprintf("decay%v", d.K) }
func (d Decay) Eval(t float64, y, dy []float64) {
	for i, k := range d.K {
		dy[i] = -k * y[i]
	}
}

type Heun struct {
	k1, k2, tmp []float64
}

func (h *Heun) Step(s System, t float64, y []float64, dt float64) {
	n := s.Dim()
	if len(h.k1) != n {
		h.k1, h.k2, h.tmp = make([]float64, n), make([]float64, n), make([]float64, n)
	}
	s.Eval(t, y, h.k1)
	for i := range y {
		h.tmp[i] = y[i] + dt*h.k1[i]
	}
	s.Eval(t+dt, h.tmp, h.k2)
	for i := range y {
		y[i] += dt / 2 * (h.k1[i] + h.k2[i])
	}
}

func run(s Named, y0 []float64, dt float64, steps, every int) []float64 {
	y := append([]float64(nil), y0...)
	var st Heun
	fmt.Println("==", s.Name())
	for i := 1; i <= steps; i++ {
		st.Step(s, float64(i-1)*dt, y, dt)
		if i%every == 0 {
			fmt.Printf("t=%6.2f y=%.5f\n", float64(i)*dt, y)
		}
	}
	return y
}

func main() {
	run(LotkaVolterra{1.1, 0.4, 0.4, 0.1}, []float64{10, 10}, 0.01, 1500, 300)
	d := Decay{[]float64{0.5, 1, 2}}
	y := run(d, []float64{1, 1, 1}, 0.001, 2000, 1000)
	for i, k := range d.K {
		fmt.Printf("k=%.1f rel err %.2e\n", k, math.Abs(y[i]-math.Exp(-2*k))/math.Exp(-2*k))
	}
	var s System = d
	if n, ok := s.(Named); ok {
		fmt.Println("named:", n.Name())
	}
}
