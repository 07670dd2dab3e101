package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Point struct{ X, Y float64 }

type Fit struct {
	Coeffs []float64
	RSS    float64
}

func transpose(a [][]float64) [][]float64 {
	t := make([][]float64, len(a[0]))
	for j := range t {
		t[j] = make([]float64, len(a))
		for i := range a {
			t[j][i] = a[i][j]
		}
	}
	return t
}

func matmul(a, b [][]float64) [][]float64 {
	r := make([][]float64, len(a))
	for i := range a {
		r[i] = make([]float64, len(b[0]))
		for j := range b[0] {
			for k := range b {
				r[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return r
}

func cholSolve(a [][]float64, b []float64) []float64 {
	n := len(a)
	l := make([][]float64, n)
	for i := range l {
		l[i] = make([]float64, n)
	}
	for i := 0; i < n; i++ {
		for j := 0; j <= i; j++ {
			s := a[i][j]
			for k := 0; k < j; k++ {
				s -= l[i][k] * l[j][k]
			}
			if i == j {
				l[i][i] = sqrt(s)
			} else {
				l[i][j] = s / l[j][j]
			}
		}
	}
	y := make([]float64, n)
	for i := 0; i < n; i++ {
		s := b[i]
		for k := 0; k < i; k++ {
			s -= l[i][k] * y[k]
		}
		y[i] = s / l[i][i]
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := y[i]
		for k := i + 1; k < n; k++ {
			s -= l[k][i] * x[k]
		}
		x[i] = s / l[i][i]
	}
	return x
}

func sqrt(x float64) float64 {
	z := x
	for i := 0; i < 50; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func polyfit(pts []Point, deg int) Fit {
	a := make([][]float64, len(pts))
	b := make([][]float64, len(pts))
	for i, p := range pts {
		a[i] = make([]float64, deg+1)
		v := 1.0
		for j := 0; j <= deg; j++ {
			a[i][j] = v
			v *= p.X
		}
		b[i] = []float64{p.Y}
	}
	at := transpose(a)
	ata := matmul(at, a)
	atb := matmul(at, b)
	rhs := make([]float64, len(atb))
	for i := range atb {
		rhs[i] = atb[i][0]
	}
	c := cholSolve(ata, rhs)
	rss := 0.0
	for _, p := range pts {
		y, v := 0.0, 1.0
		for _, ci := range c {
			y += ci * v
			v *= p.X
		}
		rss += (p.Y - y) * (p.Y - y)
	}
	return Fit{c, rss}
}

func main() {
	data := "0,1.1 1,2.9 2,5.2 3,7.1 4,8.8 5,11.2"
	var pts []Point
	for _, f := range strings.Fields(data) {
		xs, ys, _ := strings.Cut(f, ",")
		x, _ := strconv.ParseFloat(xs, 64)
		y, _ := strconv.ParseFloat(ys, 64)
		pts = append(pts, Point{x, y})
	}
	fmt.Printf("%+v\n", pts[:2])
	for deg := 1; deg <= 2; deg++ {
		f := polyfit(pts, deg)
		parts := make([]string, len(f.Coeffs))
		for i, c := range f.Coeffs {
			parts[i] = strconv.FormatFloat(c, 'f', 4, 64)
		}
		fmt.Printf("deg %d: [%s] rss=%.5f\n", deg, strings.Join(parts, ", "), f.RSS)
	}
}
