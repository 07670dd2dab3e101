package main

import (
	"fmt"
	"math"
	"time"
)

type Celsius float64
type Weekday int

const (
	Freezing Celsius = 0
	Boiling  Celsius = 100
	Big              = 1 << 62
	Huge             = Big * 4 / 8
	Third            = 1.0 / 3
)

const (
	A, B = iota, iota * 10
	C, D
	_, _
	E, F
)

func main() {
	fmt.Println(Boiling-Freezing, Huge, Third, float32(Third))
	fmt.Println(A, B, C, D, E, F)
	var d Weekday = 3
	fmt.Println(d*2+1, time.Duration(1500)*time.Millisecond, math.MaxInt64)
	var u uint8 = 255
	u++
	m, neg := int8(-128), int8(-1)
	fmt.Println(u, m/neg, m*neg, -m)
	fmt.Printf("%T %T %v\n", Boiling/3, Huge, 7/2*2.0)
	x := 10
	fmt.Println(x/3*3, float64(x)/3, x%3, -x%3, -x/3)
}
