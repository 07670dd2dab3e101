package main

import (
	"fmt"
	"math"
)

func normCDF(z float64) float64 { return 0.5 * (1 + math.Erf(z/math.Sqrt2)) }

type Variant struct {
	Name        string
	Visitors    int
	Conversions int
}

func (v Variant) Rate() float64 { return float64(v.Conversions) / float64(v.Visitors) }

func twoProportionZ(a, b Variant) (z, p float64) {
	pa, pb := a.Rate(), b.Rate()
	pool := float64(a.Conversions+b.Conversions) / float64(a.Visitors+b.Visitors)
	se := math.Sqrt(pool * (1 - pool) * (1/float64(a.Visitors) + 1/float64(b.Visitors)))
	z = (pb - pa) / se
	p = 2 * (1 - normCDF(math.Abs(z)))
	return
}

func welch(x, y []float64) (t, df float64) {
	mv := func(s []float64) (m, v float64) {
		for _, e := range s {
			m += e
		}
		m /= float64(len(s))
		for _, e := range s {
			v += (e - m) * (e - m)
		}
		v /= float64(len(s) - 1)
		return
	}
	mx, vx := mv(x)
	my, vy := mv(y)
	nx, ny := float64(len(x)), float64(len(y))
	se2 := vx/nx + vy/ny
	t = (mx - my) / math.Sqrt(se2)
	df = se2 * se2 / ((vx/nx)*(vx/nx)/(nx-1) + (vy/ny)*(vy/ny)/(ny-1))
	return
}

func main() {
	tests := []struct {
		name string
		a, b Variant
	}{
		{"button color", Variant{"blue", 5000, 250}, Variant{"green", 5000, 290}},
		{"headline", Variant{"old", 1200, 96}, Variant{"new", 1180, 99}},
		{"pricing page", Variant{"A", 20000, 600}, Variant{"B", 20000, 540}},
	}
	fmt.Printf("%-14s %7s %7s %7s %8s %s\n", "experiment", "rate A", "rate B", "z", "p", "verdict")
	for _, tc := range tests {
		z, p := twoProportionZ(tc.a, tc.b)
		verdict := "no difference"
		if p < 0.05 {
			if z > 0 {
				verdict = tc.b.Name + " wins"
			} else {
				verdict = tc.a.Name + " wins"
			}
		}
		fmt.Printf("%-14s %6.2f%% %6.2f%% %7.3f %8.4f %s\n", tc.name, 100*tc.a.Rate(), 100*tc.b.Rate(), z, p, verdict)
	}
	control := []float64{12.1, 11.8, 13.0, 12.4, 12.9, 11.5, 12.2, 12.7}
	treatment := []float64{13.2, 12.9, 13.8, 12.6, 14.1, 13.5, 13.0}
	t, df := welch(treatment, control)
	fmt.Printf("welch t=%.3f df=%.2f\n", t, df)
	for _, z := range []float64{-1.96, 0, 1, 1.645, 2.576} {
		fmt.Printf("Phi(%6.3f)=%.4f  ", z, normCDF(z))
	}
	fmt.Println()
	power := func(p1, p2 float64, n int) float64 {
		se := math.Sqrt(p1*(1-p1)/float64(n) + p2*(1-p2)/float64(n))
		return 1 - normCDF(1.96-math.Abs(p2-p1)/se)
	}
	for _, n := range []int{1000, 5000, 20000} {
		fmt.Printf("n=%-5d power=%.3f\n", n, power(0.05, 0.058, n))
	}
}
