package main

import (
	"fmt"
	"math"
)

func main() {
	// go: 1.5707963267948966; gobackprop: CompileError: mismatched types untyped float and untyped float64
	fmt.Println(0.5 * math.Pi)
}
