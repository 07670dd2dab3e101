// Exercises: Roman numerals both ways with parallel arrays, map[byte]int lookup, round-trip check
package main

import (
	"fmt"
	"strings"
)

var vals = [...]int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
var syms = [...]string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}

func toRoman(n int) string {
	var sb strings.Builder
	for i, v := range vals {
		for n >= v {
			sb.WriteString(syms[i])
			n -= v
		}
	}
	return sb.String()
}

func fromRoman(s string) (n int) {
	digit := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	for i := 0; i < len(s); i++ {
		v := digit[s[i]]
		if i+1 < len(s) && digit[s[i+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	return
}

func main() {
	for _, n := range []int{1990, 2008, 1666, 4, 3999, 444} {
		r := toRoman(n)
		fmt.Printf("%4d = %-12s -> %d\n", n, r, fromRoman(r))
	}
	bad := 0
	for n := 1; n < 4000; n++ {
		if fromRoman(toRoman(n)) != n {
			bad++
		}
	}
	fmt.Println("round-trip failures:", bad, len(vals), cap(syms[:3]))
}
