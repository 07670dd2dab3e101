// Exercises: population counts in a [9]int64 array rotated by value copies, arrays passed and returned by value, array equality, strings.Split on commas with Atoi
package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = "3,4,3,1,2"

func day(c [9]int64) [9]int64 {
	var n [9]int64
	for i := 1; i < 9; i++ {
		n[i-1] = c[i]
	}
	n[6] += c[0]
	n[8] = c[0]
	return n
}

func total(c [9]int64) (s int64) {
	for _, v := range c {
		s += v
	}
	return
}

func main() {
	var counts [9]int64
	for _, f := range strings.Split(input, ",") {
		v, err := strconv.Atoi(f)
		if err != nil {
			panic(err)
		}
		counts[v]++
	}
	orig := counts
	for d := 1; d <= 256; d++ {
		counts = day(counts)
		if d == 18 || d == 80 || d == 256 {
			fmt.Printf("day %d: %d\n", d, total(counts))
		}
	}
	fmt.Println(orig, orig == counts)
	rot := orig
	first := rot[0]
	copy(rot[:], rot[1:])
	rot[8] = first
	fmt.Println(rot, orig)
}
