// Exercises: NaN and Inf, comparisons with NaN, math.IsNaN, math.IsInf, division by zero of floats, NaN as map key
package main

import (
	"fmt"
	"math"
)

func compute(x float64) (value float64, ok bool) {
	if x < 0 {
		return 0, false
	}
	return math.Sqrt(x), true
}

func main() {
	var z float64
	fmt.Println(z, -z, 1/z, -1/z, z/z)
	nan := math.NaN()
	fmt.Println(nan == nan, nan < nan, nan > nan, nan != nan)
	fmt.Println(math.IsNaN(nan), math.IsNaN(z/z), math.IsInf(1/z, 1), math.IsInf(-1/z, 0))
	inf := math.Inf(1)
	fmt.Println(inf > math.MaxFloat64, inf-inf, inf*0, -inf < 0)
	fmt.Println(math.Sqrt(-1), math.Log(-1), math.Log(0))
	if v, ok := compute(-4); !ok {
		fmt.Println("negative", v)
	}
	if v, ok := compute(16); ok {
		fmt.Println("sqrt", v)
	}
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	fmt.Println(len(m))
	fmt.Printf("%5.2f %v %g\n", nan, inf, -inf)
	fmt.Println(math.Max(nan, 1), math.Min(-inf, 0))
}
