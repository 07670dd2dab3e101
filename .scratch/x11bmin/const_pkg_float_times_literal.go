package main

import (
	"fmt"
	"math"
)

func main() {
	// go: 6.283185307179586
	// gobackprop: [cell 0] ERROR CompileError: invalid operation: mismatched types untyped float64 and untyped float
	fmt.Println(math.Pi * 2.0)
}
