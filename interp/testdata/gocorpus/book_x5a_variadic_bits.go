// Exercises: variadic functions called with lists and spread slices, appending to the variadic slice, bit puzzles with &^, shifts, two's complement.
package main

import "fmt"

func sum(vals ...int) int {
	total := 0
	for _, v := range vals {
		total += v
	}
	return total
}

func errorf(line int, format string, args ...interface{}) string {
	return fmt.Sprintf("Line %d: ", line) + fmt.Sprintf(format, args...)
}

func max(first int, rest ...int) int {
	m := first
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

func isPow2(x uint) bool { return x != 0 && x&(x-1) == 0 }

func main() {
	fmt.Println(sum(), sum(3), sum(1, 2, 3, 4))
	values := []int{1, 2, 3, 4}
	fmt.Println(sum(values...), max(5, values...), max(-1))
	fmt.Println(errorf(12, "undefined: %s (%d)", "count", 3))
	var x uint8 = 1<<1 | 1<<5
	var y uint8 = 1<<1 | 1<<2
	fmt.Printf("%08b %08b\n", x, y)
	fmt.Printf("%08b %08b %08b %08b\n", x&y, x|y, x^y, x&^y)
	for i := uint(0); i < 8; i++ {
		if x&(1<<i) != 0 {
			fmt.Print(i, " ")
		}
	}
	fmt.Println()
	fmt.Printf("%08b %08b\n", x<<1, x>>1)
	var i8 int8 = 127
	i8++
	var u uint = 0
	u--
	fmt.Println(i8, u == ^uint(0), -7>>1, -7/2, 7&-7)
	for _, v := range []uint{0, 1, 6, 64, 96} {
		fmt.Print(isPow2(v), " ")
	}
	fmt.Println()
	a, b := 12, 5
	a ^= b
	b ^= a
	a ^= b
	fmt.Println(a, b)
}
