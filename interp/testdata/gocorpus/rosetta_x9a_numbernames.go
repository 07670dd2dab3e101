// Exercises: number names in English with recursion, negative numbers, int64 limits, slices of strings
package main

import (
	"fmt"
	"math"
	"strings"
)

var small = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
var scales = []string{"", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"}

func say(n int64) string {
	if n < 0 {
		// -MinInt64 overflows int64; its magnitude fits in uint64.
		return "minus " + sayU(uint64(-(n+1))+1)
	}
	return sayU(uint64(n))
}

func sayU(n uint64) string {
	switch {
	case n < 20:
		return small[n]
	case n < 100:
		if n%10 == 0 {
			return tens[n/10]
		}
		return tens[n/10] + "-" + small[n%10]
	case n < 1000:
		s := small[n/100] + " hundred"
		if n%100 != 0 {
			s += " and " + sayU(n%100)
		}
		return s
	}
	var parts []string
	for i := 0; n > 0; i++ {
		if g := n % 1000; g != 0 {
			p := sayU(g)
			if scales[i] != "" {
				p += " " + scales[i]
			}
			parts = append([]string{p}, parts...)
		}
		n /= 1000
	}
	return strings.Join(parts, ", ")
}

func main() {
	for _, n := range []int64{0, 7, 13, 40, 99, 100, 101, 999, 1000, 1001, 123456789, -42, math.MaxInt64, math.MinInt64} {
		fmt.Printf("%d: %s\n", n, say(n))
	}
}
