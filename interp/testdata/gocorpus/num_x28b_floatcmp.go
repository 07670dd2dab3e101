package main

import (
	"fmt"
	"math"
	"sort"
)

// Floating-point numbers are approximations; compare with a tolerance.

const epsilon = 1e-9

func almostEqual(a, b float64) bool {
	return math.Abs(a-b) <= epsilon*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

func sumNaive(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}

// Kahan summation reduces accumulated error.
func sumKahan(xs []float64) float64 {
	var sum, c float64
	for _, x := range xs {
		y := x - c
		t := sum + y
		c = (t - sum) - y
		sum = t
	}
	return sum
}

type Money int64 // cents

func (m Money) String() string {
	return fmt.Sprintf("$%d.%02d", m/100, m%100)
}

func main() {
	x, y := 0.1, 0.2
	a := x + y
	fmt.Println(a, a == 0.3, almostEqual(a, 0.3))
	fmt.Printf("%.20f\n", a)
	fmt.Printf("%g %e %.3f %v\n", a, a, a, float32(a))

	xs := make([]float64, 1000)
	for i := range xs {
		xs[i] = 0.1
	}
	fmt.Printf("naive %.15f kahan %.15f\n", sumNaive(xs), sumKahan(xs))

	// NaN is not equal to itself.
	nan := math.NaN()
	fmt.Println(nan == nan, math.IsNaN(nan), nan < 1, nan > 1)

	// NaN as a map key creates distinct entries.
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	fmt.Println("map len with two NaN keys:", len(m))

	// Sorting with NaN: sort.Float64s puts NaN first.
	vals := []float64{3, nan, 1, math.Inf(1), -2, math.Inf(-1)}
	sort.Float64s(vals)
	fmt.Println(vals)

	// Division by zero gives Inf for floats.
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)

	// Negative zero.
	negZero := math.Copysign(0, -1)
	fmt.Println(negZero == 0, math.Signbit(negZero), negZero)

	// Large integers lose precision in float64.
	big := int64(1<<53 + 1)
	fmt.Println(big, int64(float64(big)))

	// float32 vs float64.
	var f32 float32 = 16777216
	fmt.Println(f32+1 == f32)

	// Use integer cents for money.
	prices := []Money{1999, 250, 5}
	var total Money
	for _, p := range prices {
		total += p
	}
	fmt.Println("total:", total)

	// Rounding helpers.
	for _, v := range []float64{2.5, 3.5, -2.5, 2.675} {
		fmt.Printf("%v: round=%v even=%v floor=%v trunc=%v %.2f\n", v, math.Round(v), math.RoundToEven(v), math.Floor(v), math.Trunc(v), v)
	}

	// Converting float to int truncates toward zero.
	f1, f2 := 2.99, -2.99
	fmt.Println(int(f1), int(f2))
	fmt.Println(math.MaxFloat64 > math.Inf(1), math.SmallestNonzeroFloat64 > 0)
}
