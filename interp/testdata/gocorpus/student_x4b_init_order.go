// Exercises: package variable initialization order by dependency, several init functions, a lookup table built in init
package main

import (
	"fmt"
	"math"
)

var (
	scale   = base * 2
	base    = computeBase()
	sigmoid [11]float64
	order   []string
)

func computeBase() float64 {
	order = append(order, "computeBase")
	return 0.5
}

func init() {
	order = append(order, "init 1")
	for i := range sigmoid {
		x := float64(i-5) / 2
		sigmoid[i] = 1 / (1 + math.Exp(-x))
	}
}

func init() {
	order = append(order, fmt.Sprintf("init 2 (scale=%v)", scale))
}

func main() {
	fmt.Println(order)
	fmt.Printf("%.4f\n", sigmoid)
	fmt.Println(scale, base)
}
