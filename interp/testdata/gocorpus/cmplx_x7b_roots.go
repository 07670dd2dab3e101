// Exercises: complex128 arithmetic, math/cmplx Abs/Phase/Sqrt/Exp/Polar/Rect/Pow, real/imag builtins, roots of unity, quadratic with complex roots.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func quadratic(a, b, c float64) (complex128, complex128) {
	d := cmplx.Sqrt(complex(b*b-4*a*c, 0))
	return (complex(-b, 0) + d) / complex(2*a, 0), (complex(-b, 0) - d) / complex(2*a, 0)
}

func round(z complex128) complex128 {
	r := func(x float64) float64 { return math.Round(x*1e6) / 1e6 }
	return complex(r(real(z)), r(imag(z)))
}

func main() {
	z := 3 + 4i
	fmt.Println(z, cmplx.Abs(z), real(z), imag(z), cmplx.Conj(z))
	fmt.Printf("%.4f\n", cmplx.Phase(z))
	r, th := cmplx.Polar(z)
	fmt.Printf("%.3f %.3f %v\n", r, th, round(cmplx.Rect(r, th)))
	fmt.Println(round(cmplx.Exp(complex(0, math.Pi))))
	fmt.Println(cmplx.Sqrt(-1), round(cmplx.Pow(1i, 2)))
	for k := 0; k < 4; k++ {
		w := cmplx.Exp(complex(0, 2*math.Pi*float64(k)/4))
		fmt.Printf("%.3f ", w)
	}
	fmt.Println()
	x1, x2 := quadratic(1, 2, 5)
	fmt.Println(x1, x2, z*z, z/(1-1i))
	var c64 complex64 = complex64(z)
	fmt.Printf("%T %v %v\n", c64, c64, cmplx.IsNaN(cmplx.NaN()))
}
