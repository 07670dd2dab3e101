// Exercises: roots of unity with cmplx.Exp, cmplx.Pow, complex formatting %.3f, real/imag, quadratic roots
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func roots(n int) []complex128 {
	rs := make([]complex128, n)
	for k := range rs {
		rs[k] = cmplx.Exp(complex(0, 2*math.Pi*float64(k)/float64(n)))
	}
	return rs
}

func quadratic(a, b, c float64) (complex128, complex128) {
	d := cmplx.Sqrt(complex(b*b-4*a*c, 0))
	return (complex(-b, 0) + d) / complex(2*a, 0), (complex(-b, 0) - d) / complex(2*a, 0)
}

func main() {
	for _, n := range []int{2, 3, 5} {
		var sum complex128
		for _, r := range roots(n) {
			fmt.Printf("%.3f ", r)
			sum += r
		}
		fmt.Printf("| sum ~ 0: %t\n", cmplx.Abs(sum) < 1e-9)
	}
	x1, x2 := quadratic(1, 2, 5)
	fmt.Printf("%.3f %.3f %v\n", x1, x2, real(x1) == real(x2))
	z := cmplx.Pow(1i, 2)
	fmt.Printf("%.3f %6.2f %T %v\n", z, cmplx.Abs(3+4i), z, imag(2+3i))
	fmt.Println(cmplx.Phase(-1), cmplx.Conj(1+1i), complex64(1.5-2i))
}
