// Exercises: integer overflow - int8 and uint8 arithmetic wraps around at run time
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8 127+1:", a)
	var b uint8 = 0
	b--
	fmt.Println("uint8 0-1:", b)
	var c uint8 = 250
	c += 10
	fmt.Println("uint8 250+10:", c)
	var d int8 = -128
	d = -d
	fmt.Println("negating int8 -128:", d)
	var e int8 = 100
	e *= 3
	fmt.Println("int8 100*3:", e)
	var s uint8 = 1
	for i := 0; i < 9; i++ {
		s <<= 1
	}
	fmt.Println("uint8 shifted out:", s)
	var m int16 = 32767
	m += 2
	fmt.Println("int16 wraps:", m)
	var u uint32 = 1 << 31
	fmt.Println("uint32 doubled:", u*2)
	var sum uint8
	for i := 0; i < 300; i++ {
		sum++
	}
	fmt.Println("uint8 counted 300:", sum)
}
