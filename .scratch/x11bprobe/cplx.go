package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

type Z complex128

func main() {
	c := complex(1, 2)
	d := 3 + 4i
	fmt.Println(c*d, c/d, real(c*d), imag(d), cmplx.Abs(d), cmplx.Sqrt(-1))
	var z Z = Z(d)
	fmt.Printf("%v %.2f %T\n", z, complex128(z)*2, z)
	var c64 complex64 = complex64(c)
	fmt.Println(c64, cmplx.Exp(complex(0, math.Pi)), d == complex(3, 4))
	roots := make([]complex128, 4)
	for k := range roots {
		roots[k] = cmplx.Rect(1, 2*math.Pi*float64(k)/4)
	}
	fmt.Printf("%.3f\n", roots)
	fmt.Println(float32(0.1), float64(float32(0.1)), math.Float32bits(1), 1e100, 1e-5, 123456789.0, 1e21)
}
