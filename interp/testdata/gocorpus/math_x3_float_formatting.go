// Exercises: %v %g %e %f %.3f %8.2f on floats, float32 vs float64 printing, special values
package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0.1 + 0.2, 1e21, 1e-7, 100, 2.0 / 3, -0.0}
	for _, x := range xs {
		fmt.Printf("%v|%g|%e|%.3f|%8.2f|\n", x, x, x, x, x)
	}
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), float32(1)/3)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.MaxInt64, math.Pi)
	fmt.Printf("%5.1f%%\n", 99.5)
	fmt.Println(7/2, 7.0/2, -7/2, -7%3, 1<<10)
}
