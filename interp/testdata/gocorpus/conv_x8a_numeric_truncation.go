// Exercises: conversions - integer truncation to smaller types, sign extension, float to int truncation toward zero
package main

import "fmt"

func main() {
	big := 300
	fmt.Println("int 300 to uint8:", uint8(big))
	fmt.Println("int 300 to int8:", int8(big))
	neg := -1
	fmt.Println("int -1 to uint16:", uint16(neg))
	fmt.Println("int -1 to uint32:", uint32(neg))
	var b int8 = -128
	fmt.Println("int8 -128 to int:", int(b), "to uint8:", uint8(b))
	f := 3.99
	g := -3.99
	fmt.Println("float to int truncates:", int(f), int(g))
	h := 2.5
	fmt.Println("int of 2.5 and -2.5:", int(h), int(-h))
	var u uint8 = 200
	fmt.Println("uint8 to int8:", int8(u))
	var x int64 = 1<<40 + 5
	fmt.Println("int64 to int32:", int32(x))
	fmt.Println("float64 to float32 rounding:", float32(0.1), float64(float32(0.1)))
}
