// Exercises: untyped constant arithmetic with high precision and huge intermediate values.
package main

import (
	"fmt"
	"math"
)

const (
	Big   = 1 << 100
	Small = Big >> 99
	Third = 1.0 / 3
	Huge  = 1e300 * 1e300 / 1e300
)

func main() {
	fmt.Println(Small)
	fmt.Println(Big / (1 << 98))
	fmt.Println(Third)
	var f32 float32 = Third
	fmt.Println(f32)
	fmt.Println(Huge)
	const x = 7 / 2
	const y = 7 / 2.0
	fmt.Println(x, y)
	fmt.Println(math.MaxInt64, uint64(math.MaxUint64))
	const r = 'a' + 1
	fmt.Println(r, string(rune(r)))
}
