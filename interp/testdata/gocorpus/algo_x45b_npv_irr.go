package main

import (
	"errors"
	"fmt"
	"math"
)

type CashFlows []float64

func (cf CashFlows) NPV(rate float64) float64 {
	var v float64
	for t, c := range cf {
		v += c / math.Pow(1+rate, float64(t))
	}
	return v
}

func (cf CashFlows) dNPV(rate float64) float64 {
	var v float64
	for t, c := range cf {
		v -= float64(t) * c / math.Pow(1+rate, float64(t+1))
	}
	return v
}

var ErrNoConverge = errors.New("irr did not converge")

func (cf CashFlows) IRR() (float64, int, error) {
	r := 0.1
	for i := 1; i <= 100; i++ {
		f := cf.NPV(r)
		d := cf.dNPV(r)
		if d == 0 {
			break
		}
		next := r - f/d
		if math.Abs(next-r) < 1e-10 {
			return next, i, nil
		}
		r = next
	}
	return math.NaN(), 0, ErrNoConverge
}

func (cf CashFlows) Payback() (float64, bool) {
	cum := 0.0
	for t, c := range cf {
		prev := cum
		cum += c
		if cum >= 0 && t > 0 {
			return float64(t-1) + -prev/c, true
		}
	}
	return 0, false
}

func main() {
	projects := map[string]CashFlows{
		"A: warehouse": {-500000, 120000, 150000, 180000, 200000, 100000},
		"B: software":  {-120000, 60000, 60000, 30000},
		"C: never":     {-100000, 10000, 10000},
	}
	keys := []string{"A: warehouse", "B: software", "C: never"}
	for _, k := range keys {
		cf := projects[k]
		fmt.Printf("%s\n", k)
		for _, r := range []float64{0.05, 0.08, 0.12} {
			fmt.Printf("  NPV@%4.1f%% = %12.2f\n", r*100, cf.NPV(r))
		}
		if irr, it, err := cf.IRR(); err == nil {
			fmt.Printf("  IRR = %.4f%% (%d iterations)\n", irr*100, it)
		} else {
			fmt.Println("  IRR:", err)
		}
		if p, ok := cf.Payback(); ok {
			fmt.Printf("  payback = %.2f years\n", p)
		} else {
			fmt.Println("  payback: never")
		}
	}
	fmt.Println(math.IsNaN(math.NaN()), math.Inf(1), -math.MaxFloat64 < 0)
}
