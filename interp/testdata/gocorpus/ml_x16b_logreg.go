package main

import (
	"fmt"
	"math"
	"os"
	"text/tabwriter"
)

type Model struct {
	W []float64
	B float64
}

func (m Model) Prob(x []float64) float64 {
	z := m.B
	for i, w := range m.W {
		z += w * x[i]
	}
	return 1 / (1 + math.Exp(-z))
}

func (m *Model) Fit(X [][]float64, y []float64, lr, l2 float64, epochs int, log func(int, float64)) {
	for e := 1; e <= epochs; e++ {
		gw := make([]float64, len(m.W))
		gb := 0.0
		loss := 0.0
		for i, x := range X {
			p := m.Prob(x)
			loss -= y[i]*math.Log(p) + (1-y[i])*math.Log(1-p)
			for j := range gw {
				gw[j] += (p - y[i]) * x[j]
			}
			gb += p - y[i]
		}
		n := float64(len(X))
		for j := range m.W {
			loss += 0.5 * l2 * m.W[j] * m.W[j]
			m.W[j] -= lr * (gw[j]/n + l2*m.W[j])
		}
		m.B -= lr * gb / n
		if log != nil {
			log(e, loss/n)
		}
	}
}

func main() {
	X := [][]float64{{2, 1}, {1, 3}, {3, 3}, {-1, -2}, {-2, 0}, {0, -1}, {1.5, -0.5}, {-0.5, 1}}
	y := []float64{1, 1, 1, 0, 0, 0, 1, 0}
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, '\t', 0)
	fmt.Fprintln(tw, "l2\tepoch\tloss")
	for _, l2 := range []float64{0, 0.1, 1} {
		m := &Model{W: make([]float64, 2)}
		m.Fit(X, y, 0.5, l2, 50, func(e int, l float64) {
			if e%25 == 0 {
				fmt.Fprintf(tw, "%g\t%d\t%.5f\n", l2, e, l)
			}
		})
		fmt.Fprintf(tw, "\tw=%.3f\tb=%.3f\n", m.W, m.B)
	}
	tw.Flush()
	m := Model{W: []float64{1, 1}}
	fmt.Printf("%.4f %.4f\n", m.Prob([]float64{0, 0}), m.Prob([]float64{1, 2}))
}
