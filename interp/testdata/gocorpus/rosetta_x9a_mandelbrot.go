// Exercises: ASCII Mandelbrot with complex128 arithmetic and cmplx.Abs, rune palette indexing
package main

import (
	"fmt"
	"math/cmplx"
)

func main() {
	palette := []rune(" .:-=+*#%@")
	for y := 1.2; y >= -1.2; y -= 0.2 {
		line := make([]rune, 0, 40)
		for x := -2.1; x <= 0.6; x += 0.08 {
			c := complex(x, y)
			z := 0i
			i := 0
			for ; i < 50 && cmplx.Abs(z) <= 2; i++ {
				z = z*z + c
			}
			line = append(line, palette[i*(len(palette)-1)/50])
		}
		fmt.Println(string(line))
	}
	var z complex64 = 1 + 2i
	fmt.Printf("%v %T %.3f\n", z*z, z, real(z*z))
}
