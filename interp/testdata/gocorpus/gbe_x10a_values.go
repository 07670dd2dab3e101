// Exercises: basic values - strings, integers, floats, booleans, runes, complex numbers and their operators, overflow and precision
package main

import "fmt"

func main() {
	first, last := "Ada", "Lovelace"
	fmt.Println(first+" "+last, len(first+last), first < last, first[0], string(last[0]))

	fmt.Println(17+4, 17-4, 17*4, 17/4, 17%4, -17/4, -17%4, 17.0/4)
	fmt.Println(1<<4, 0xFF, 0o755, 0b1100, 2_500_000, 6e-3, 1.5e3)

	open, paid := true, false
	fmt.Println(open && paid, open || paid, !paid, open != paid)

	price := 19.99
	qty := 3
	fmt.Println(price*float64(qty), int(price), float64(qty)/2)
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3, float32(a)+float32(b))

	var small uint8 = 255
	small++
	var signed int16 = 32767
	signed++
	fmt.Println("wrapped:", small, signed)

	ch := 'G'
	fmt.Println(ch, string(ch), ch+1, string(rune(ch+1)), 'a' < 'b')

	z := complex(3, 4)
	fmt.Println(z, real(z), imag(z), z*z, 2i*2i)

	fmt.Println(fmt.Sprint(7)+"7", "10"+"01", 10+01)
}
