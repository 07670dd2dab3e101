// Exercises: float formatting %g %e %8.3f, exp table, float32 precision, rounding of halves
package main

import (
	"fmt"
	"math"
)

func main() {
	for x := 0; x < 8; x++ {
		fmt.Printf("x = %d e^x = %8.3f\n", x, math.Exp(float64(x)))
	}
	vals := []float64{0, 1, 1e6, 1e21, 1.0 / 3, 123456789.0, 1e-7, math.Pi}
	for _, v := range vals {
		fmt.Printf("%g|%e|%.2f|%v\n", v, v, v, v)
	}
	var f float32 = 16777216
	fmt.Println(f == f+1)
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, float32(0.1))
	fmt.Printf("%6.2f|%-8.3f|%+.1e\n", 3.14159, 2.5, 12345.678)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat64)
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.Floor(-1.5), math.Trunc(-1.5))
	fmt.Printf("%.0f %.0f %.0f\n", 0.5, 1.5, 2.5)
	fmt.Println(float64(7)/2, 7/2, 7.0/2)
}
