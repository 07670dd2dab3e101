// Exercises: real of an untyped complex constant passed to fmt
package main

import (
	"fmt"
	"math/cmplx"
)

func main() {
	fmt.Println(real(2+3i), cmplx.Abs(0))
}
