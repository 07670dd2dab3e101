// Popcount computes the population count of 64-bit values in several ways,
// in the manner of the exercises of chapter 2.
package main

import "fmt"

// pc[i] is the population count of i.
var pc [256]byte

func init() {
	for i := range pc {
		pc[i] = pc[i/2] + byte(i&1)
	}
}

// PopCount returns the population count (number of set bits) of x.
func PopCount(x uint64) int {
	return int(pc[byte(x>>(0*8))] +
		pc[byte(x>>(1*8))] +
		pc[byte(x>>(2*8))] +
		pc[byte(x>>(3*8))] +
		pc[byte(x>>(4*8))] +
		pc[byte(x>>(5*8))] +
		pc[byte(x>>(6*8))] +
		pc[byte(x>>(7*8))])
}

// PopCountLoop uses a loop over the table.
func PopCountLoop(x uint64) int {
	n := 0
	for i := uint(0); i < 8; i++ {
		n += int(pc[byte(x>>(i*8))])
	}
	return n
}

// PopCountShift tests the rightmost bit 64 times.
func PopCountShift(x uint64) int {
	n := 0
	for range 64 {
		if x&1 != 0 {
			n++
		}
		x >>= 1
	}
	return n
}

// PopCountClear uses x&(x-1) to clear the rightmost set bit.
func PopCountClear(x uint64) int {
	n := 0
	for x != 0 {
		x = x & (x - 1)
		n++
	}
	return n
}

type counter struct {
	name string
	f    func(uint64) int
}

func main() {
	fns := []counter{
		{"table", PopCount},
		{"loop", PopCountLoop},
		{"shift", PopCountShift},
		{"clear", PopCountClear},
	}
	values := []uint64{0, 1, 0xFF, 0x1234567890ABCDEF, 1<<63 | 1, ^uint64(0)}
	for _, v := range values {
		fmt.Printf("%#016x:", v)
		for _, c := range fns {
			fmt.Printf(" %s=%d", c.name, c.f(v))
		}
		fmt.Println()
	}
	fmt.Println("pc[0:16] =", pc[:16])
	var total int
	for i := range 1000 {
		total += PopCountClear(uint64(i * i))
	}
	fmt.Println("sum of popcounts of squares below 1000^2:", total)
	// Count differing bits of two SHA-like values.
	a, b := uint64(0xDEADBEEFCAFEBABE), uint64(0xFEEDFACE0BADF00D)
	fmt.Printf("bits differ: %d (%b)\n", PopCount(a^b), byte(a^b))
}
