package main

import (
	"fmt"
	"math"
	"strings"
)

// hours studied, hours slept -> passed
var X = [][2]float64{
	{0.5, 4}, {1, 5}, {1.5, 6}, {2, 4}, {2.5, 7}, {3, 5},
	{3.5, 8}, {4, 6}, {4.5, 7}, {5, 8}, {5.5, 6}, {6, 7},
}
var Y = []int{0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1}

type LogReg struct {
	W    [2]float64
	B    float64
	mean [2]float64
	std  [2]float64
}

func (m *LogReg) fitScaler(X [][2]float64) {
	for j := 0; j < 2; j++ {
		var s, ss float64
		for _, x := range X {
			s += x[j]
		}
		m.mean[j] = s / float64(len(X))
		for _, x := range X {
			d := x[j] - m.mean[j]
			ss += d * d
		}
		m.std[j] = math.Sqrt(ss / float64(len(X)))
	}
}

func (m *LogReg) scale(x [2]float64) [2]float64 {
	return [2]float64{(x[0] - m.mean[0]) / m.std[0], (x[1] - m.mean[1]) / m.std[1]}
}

func (m *LogReg) Prob(x [2]float64) float64 {
	z := m.scale(x)
	return 1 / (1 + math.Exp(-(m.W[0]*z[0] + m.W[1]*z[1] + m.B)))
}

func (m *LogReg) Fit(X [][2]float64, Y []int, lr float64, epochs int) []float64 {
	m.fitScaler(X)
	var history []float64
	n := float64(len(X))
	for e := 0; e < epochs; e++ {
		var gw [2]float64
		var gb, loss float64
		for i, x := range X {
			p := m.Prob(x)
			y := float64(Y[i])
			loss -= y*math.Log(p) + (1-y)*math.Log(1-p)
			z := m.scale(x)
			gw[0] += (p - y) * z[0]
			gw[1] += (p - y) * z[1]
			gb += p - y
		}
		m.W[0] -= lr * gw[0] / n
		m.W[1] -= lr * gw[1] / n
		m.B -= lr * gb / n
		history = append(history, loss/n)
	}
	return history
}

func main() {
	var m LogReg
	hist := m.Fit(X, Y, 0.5, 400)
	for _, e := range []int{0, 9, 49, 99, 399} {
		bar := strings.Repeat("#", int(hist[e]*40))
		fmt.Printf("epoch %3d loss %.4f %s\n", e+1, hist[e], bar)
	}
	fmt.Printf("weights %.3f bias %.3f\n", m.W, m.B)
	fmt.Println("threshold  tp fp tn fn  acc")
	for _, th := range []float64{0.3, 0.5, 0.7} {
		var tp, fp, tn, fn int
		for i, x := range X {
			pred := m.Prob(x) >= th
			switch {
			case pred && Y[i] == 1:
				tp++
			case pred && Y[i] == 0:
				fp++
			case !pred && Y[i] == 0:
				tn++
			default:
				fn++
			}
		}
		acc := float64(tp+tn) / float64(len(X))
		fmt.Printf("%9.1f %3d %2d %2d %2d %4.2f\n", th, tp, fp, tn, fn, acc)
	}
	for _, s := range [][2]float64{{2, 8}, {4, 4}, {7, 7}} {
		fmt.Printf("P(pass | %v) = %.3f\n", s, m.Prob(s))
	}
}
