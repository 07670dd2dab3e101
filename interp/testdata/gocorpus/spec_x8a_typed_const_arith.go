// Exercises: typed constants - default types, typed constant expressions, mixing with variables
package main

import (
	"fmt"
	"math"
)

type Celsius float64

const Boiling Celsius = 100
const Freezing = Celsius(0)

func main() {
	diff := Boiling - Freezing
	fmt.Printf("typed diff: %v %T\n", diff, diff)
	const k = 2
	half := Boiling / k
	fmt.Printf("typed over untyped: %v %T\n", half, half)
	var i = 10
	fmt.Printf("untyped default int: %T, float: %T, rune: %T, complex: %T\n", 1, 1.5, 'x', 2i)
	fmt.Println("int var times untyped float constant 2.0:", i*2.0)
	const maxU8 = math.MaxUint8
	var u uint8 = maxU8
	fmt.Println("max uint8 constant:", u)
	const big = math.MaxInt64
	fmt.Println("max int64 minus itself plus 1:", big-big+1)
	var oneHalf float64 = 1 / 2
	const eight = 10 / 4 * 4.0
	fmt.Println("untyped int division stays integer in float context:", oneHalf, eight)
	pi := math.Pi
	fmt.Println("pi truncated via var:", int(pi*100))
}
