// Exercises: digits spelled as words found with strings.HasPrefix at each index, range over an int (Go 1.22), first/last digit calibration sums, byte-to-int conversion
package main

import (
	"bufio"
	"fmt"
	"strings"
)

const input = `two1nine
eightwothree
abcone2threexyz
xtwone3four
4nineeightseven2
zoneight234
7pqrstsixteen`

var words = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}

func digits(s string, spelled bool) []int {
	var ds []int
	for i := range len(s) {
		if s[i] >= '0' && s[i] <= '9' {
			ds = append(ds, int(s[i]-'0'))
			continue
		}
		if !spelled {
			continue
		}
		for v, w := range words {
			if strings.HasPrefix(s[i:], w) {
				ds = append(ds, v)
			}
		}
	}
	return ds
}

func main() {
	p1, p2 := 0, 0
	sc := bufio.NewScanner(strings.NewReader(input))
	for sc.Scan() {
		l := sc.Text()
		if d := digits(l, false); len(d) > 0 {
			p1 += d[0]*10 + d[len(d)-1]
		}
		d := digits(l, true)
		p2 += d[0]*10 + d[len(d)-1]
	}
	fmt.Printf("%d\n%d\n", p1, p2)
}
