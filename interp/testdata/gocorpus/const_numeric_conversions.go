// Exercises: float to int truncation, int to float, rune/byte conversions and string(rune).
package main

import "fmt"

func main() {
	f := 3.99
	fmt.Println(int(f), int(-f))
	n := 7
	fmt.Println(float64(n)/2, n/2)
	var b byte = 'A'
	fmt.Println(b, string(rune(b)), string(rune(b+2)))
	r := rune(0x4e16)
	fmt.Println(string(r), int(r))
	big := 1 << 40
	fmt.Println(int32(big), int64(big))
	fmt.Println(uint8(300 % 256))
	var x float32 = 16777217
	fmt.Println(x, float64(x))
}
