package main

import (
	"fmt"
	"math"
	"strings"
)

type Point struct{ X, Y float64 }

func fit(ps []Point) (slope, intercept, r2 float64) {
	n := float64(len(ps))
	var sx, sy, sxx, sxy float64
	for _, p := range ps {
		sx += p.X
		sy += p.Y
		sxx += p.X * p.X
		sxy += p.X * p.Y
	}
	slope = (n*sxy - sx*sy) / (n*sxx - sx*sx)
	intercept = (sy - slope*sx) / n
	mean := sy / n
	var ssTot, ssRes float64
	for _, p := range ps {
		pred := slope*p.X + intercept
		ssRes += (p.Y - pred) * (p.Y - pred)
		ssTot += (p.Y - mean) * (p.Y - mean)
	}
	r2 = 1 - ssRes/ssTot
	return
}

func movingAvg(xs []float64, w int) []float64 {
	var out []float64
	sum := 0.0
	for i, x := range xs {
		sum += x
		if i >= w {
			sum -= xs[i-w]
		}
		if i >= w-1 {
			out = append(out, sum/float64(w))
		}
	}
	return out
}

func main() {
	monthly := []float64{1200, 1350, 1280, 1500, 1620, 1580, 1750, 1900, 1850, 2010, 2150, 2100}
	var ps []Point
	for i, v := range monthly {
		ps = append(ps, Point{float64(i + 1), v})
	}
	m, b, r2 := fit(ps)
	fmt.Printf("y = %.3fx + %.3f  r2=%.4f\n", m, b, r2)
	for x := 13; x <= 15; x++ {
		fmt.Printf("month %d forecast %.0f\n", x, m*float64(x)+b)
	}
	ma := movingAvg(monthly, 3)
	fmt.Println(len(ma), strings.Trim(fmt.Sprintf("%.1f", ma), "[]"))
	maxv, maxi := math.Inf(-1), -1
	for i, v := range monthly {
		if v > maxv {
			maxv, maxi = v, i
		}
	}
	growth := make([]string, 0, len(monthly)-1)
	for i := 1; i < len(monthly); i++ {
		growth = append(growth, fmt.Sprintf("%+.1f%%", (monthly[i]/monthly[i-1]-1)*100))
	}
	fmt.Println("peak", maxv, "at", maxi+1)
	fmt.Println(growth)
	fmt.Println(math.Round(m*100)/100, math.Floor(b), math.IsNaN(r2), math.Sqrt(r2) > 0.9)
}
