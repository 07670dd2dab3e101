package main

import (
	"fmt"
	"math"
	"sort"
)

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func median(xs []float64) float64 {
	c := append([]float64(nil), xs...)
	sort.Float64s(c)
	n := len(c)
	if n%2 == 1 {
		return c[n/2]
	}
	return (c[n/2-1] + c[n/2]) / 2
}

func stddev(xs []float64) float64 {
	m := mean(xs)
	v := 0.0
	for _, x := range xs {
		v += (x - m) * (x - m)
	}
	return math.Sqrt(v / float64(len(xs)))
}

func linreg(xs, ys []float64) (slope, intercept float64) {
	mx, my := mean(xs), mean(ys)
	var num, den float64
	for i := range xs {
		num += (xs[i] - mx) * (ys[i] - my)
		den += (xs[i] - mx) * (xs[i] - mx)
	}
	slope = num / den
	intercept = my - slope*mx
	return
}

func main() {
	temps := []float64{22.1, 19.5, 25.3, 18.0, 30.2, 27.8, 21.4}
	fmt.Printf("mean=%.3f median=%.2f sd=%.4f\n", mean(temps), median(temps), stddev(temps))
	fmt.Println("original order kept:", temps)
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, t := range temps {
		lo = math.Min(lo, t)
		hi = math.Max(hi, t)
	}
	fmt.Println("range:", lo, hi, hi-lo)
	hours := []float64{1, 2, 3, 4, 5, 6}
	scores := []float64{52, 58, 65, 70, 74, 83}
	m, b := linreg(hours, scores)
	fmt.Printf("score = %.3f*hours + %.3f\n", m, b)
	for _, h := range []float64{0, 7, 10} {
		fmt.Printf("predict(%2.0f) = %6.2f\n", h, m*h+b)
	}
	fmt.Println(math.Round(2.5), math.Floor(-1.5), math.Ceil(1.2), math.Trunc(-2.7), math.Abs(-3))
	fmt.Println(math.Sqrt(-1), math.MaxInt64, math.Pi)
	fmt.Printf("%.2f %v\n", math.Pow(1.05, 10), math.IsNaN(math.NaN()))
}
