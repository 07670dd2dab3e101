// Exercises: complex64/complex128, real/imag, cmplx.Sqrt and Abs, complex literals, equality
package main

import (
	"fmt"
	"math/cmplx"
)

func mandel(c complex128) int {
	var z complex128
	for n := 0; n < 50; n++ {
		z = z*z + c
		if cmplx.Abs(z) > 2 {
			return n
		}
	}
	return 50
}

func main() {
	var x complex128 = complex(1, 2)
	var y complex128 = complex(3, 4)
	fmt.Println(x*y, real(x*y), imag(x*y))
	fmt.Println(1i*1i, cmplx.Sqrt(-1))
	fmt.Println(cmplx.Abs(y), x == complex(1, 2), x != y)
	var c64 complex64 = 1 + 2i
	fmt.Printf("%v %T %.2f\n", c64, c64, x/y)
	for _, im := range []float64{-1, -0.5, 0, 0.5, 1} {
		for _, re := range []float64{-2, -1, -0.5, 0, 0.25} {
			fmt.Printf("%3d", mandel(complex(re, im)))
		}
		fmt.Println()
	}
	fmt.Println(cmplx.Conj(x), cmplx.Phase(-1))
}
