// Exercises: untyped constants, constant expressions with arbitrary precision, typed conversions, math functions.
package main

import (
	"fmt"
	"math"
)

const s string = "constant"

const (
	Big   = 1 << 100
	Small = Big >> 99
)

func needInt(x int) int           { return x*10 + 1 }
func needFloat(x float64) float64 { return x * 0.1 }

func main() {
	fmt.Println(s)
	const n = 500000000
	const d = 3e20 / n
	fmt.Println(d)
	fmt.Println(int64(d))
	fmt.Println(math.Sin(n))
	fmt.Println(needInt(Small))
	fmt.Println(needFloat(Small))
	fmt.Println(needFloat(Big))
	const typed int8 = 100
	fmt.Printf("%T %v\n", typed, typed)
	fmt.Printf("%T %T %T\n", 'x', 1.5, 2+3i)
	fmt.Println(math.MaxInt64, math.Pi)
}
