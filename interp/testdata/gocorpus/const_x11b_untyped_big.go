// Exercises: untyped float constants with big exponents divided down, arbitrary precision constant arithmetic, typed vs untyped in expressions
package main

import (
	"fmt"
	"math"
)

const (
	Big   = 1 << 100
	Small = Big >> 99
	Huge  = 1e300 * 1e300
	Back  = Huge / 1e500
	Third = 1.0 / 3
)

type Celsius float64

const Boiling Celsius = 100

func main() {
	fmt.Println(Small, Back, Big/1e29)
	fmt.Println(Third*3 == 1, float32(Third))
	var f float64 = Big
	fmt.Println(f, f == math.Pow(2, 100))
	const c = 10
	var i8 int8 = c * 12
	var fl float32 = c / 4
	var fl2 float32 = c / 4.0
	fmt.Println(i8, fl, fl2)
	d := Boiling / 3
	fmt.Printf("%T %.4f\n", d, d)
	x := 7
	fmt.Println(x/2, 7/2, 7/2.0, float64(x)/2)
	const typed int64 = 1 << 40
	fmt.Printf("%T %v %T\n", typed, typed>>38, c*1.5)
	fmt.Println(math.MaxInt64, uint64(math.MaxUint64), math.Pi*1e10)
}
