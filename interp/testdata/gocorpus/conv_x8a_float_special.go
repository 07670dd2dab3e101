// Exercises: floating point rules - NaN compares unequal, negative zero equals zero, infinity arithmetic
package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	fmt.Println("NaN == NaN:", nan == nan, "NaN != NaN:", nan != nan)
	fmt.Println("NaN < 1, NaN > 1:", nan < 1, nan > 1)
	negZero := math.Copysign(0, -1)
	fmt.Println("-0 == 0:", negZero == 0, "signbit:", math.Signbit(negZero))
	fmt.Println("1/-0:", 1/negZero)
	inf := math.Inf(1)
	fmt.Println("inf - inf is NaN:", math.IsNaN(inf-inf))
	fmt.Println("inf > MaxFloat64:", inf > math.MaxFloat64)
	var zero float64
	fmt.Println("float divide by zero var:", 1/zero, -1/zero)
	arr := [2]float64{nan, 1}
	arr2 := arr
	fmt.Println("array with NaN equals its copy:", arr == arr2)
	type S struct{ F float64 }
	fmt.Println("struct with -0 equals +0:", S{negZero} == S{0})
}
