package main

import (
	"fmt"
	"math"
)

const k = math.Pi * 2.5

func main() {
	// go: 7.853981633974483
	// gobackprop: [cell 0] ERROR CompileError: constant definition loop
	fmt.Println(k)
}
