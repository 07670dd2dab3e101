// An ASCII rendering of the Mandelbrot set with complex128, plus Newton's
// method for z^4 = 1, after section 3.3.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"strings"
)

const shades = " .:-=+*#%@"

func mandelbrot(z complex128) int {
	const iterations = 200
	var v complex128
	for n := 0; n < iterations; n++ {
		v = v*v + z
		if cmplx.Abs(v) > 2 {
			return n
		}
	}
	return iterations
}

func shade(n int) byte {
	if n >= 200 {
		return '@'
	}
	return shades[min(n/3, len(shades)-2)]
}

// newton returns the root of z^4 - 1 reached from z and the iteration count.
func newton(z complex128) (complex128, int) {
	const iterations = 37
	for i := range iterations {
		z -= (z - 1/(z*z*z)) / 4
		if cmplx.Abs(z*z*z*z-1) < 1e-6 {
			return z, i
		}
	}
	return 0, iterations
}

func main() {
	const (
		xmin, ymin, xmax, ymax = -2.2, -1.2, +0.8, +1.2
		width, height          = 60, 20
	)
	inside := 0
	for py := range height {
		y := float64(py)/height*(ymax-ymin) + ymin
		var row strings.Builder
		for px := range width {
			x := float64(px)/width*(xmax-xmin) + xmin
			n := mandelbrot(complex(x, y))
			if n == 200 {
				inside++
			}
			row.WriteByte(shade(n))
		}
		fmt.Println(strings.TrimRight(row.String(), " "))
	}
	fmt.Println("points inside:", inside)

	roots := map[string]int{}
	for py := range 8 {
		for px := range 8 {
			z := complex(float64(px)/4-1+0.01, float64(py)/4-1+0.02)
			r, _ := newton(z)
			key := fmt.Sprintf("%.0f", r)
			roots[key]++
		}
	}
	fmt.Println(roots)
	var x complex128 = complex(1, 2)
	y := 3 + 4i
	fmt.Println(x*y, real(x*y), imag(x*y), cmplx.Abs(y), cmplx.Sqrt(-1))
	fmt.Printf("%.3f %v %T\n", cmplx.Exp(1i*math.Pi), cmplx.Conj(y), y)
}
