package main

import (
	"errors"
	"fmt"
	"strings"
)

var romanVals = []struct {
	v int
	s string
}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

func toRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("toRoman(%d): out of range", n)
	}
	var b strings.Builder
	for _, rv := range romanVals {
		for n >= rv.v {
			b.WriteString(rv.s)
			n -= rv.v
		}
	}
	return b.String(), nil
}

var ErrBadRoman = errors.New("bad roman numeral")

func fromRoman(s string) (int, error) {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0, fmt.Errorf("%w: %q at %d", ErrBadRoman, s[i], i)
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if back, _ := toRoman(total); back != s {
		return 0, fmt.Errorf("%w: %s is not canonical (%s)", ErrBadRoman, s, back)
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 1994, 2026, 3999, 0, 4000} {
		r, err := toRoman(n)
		if err != nil {
			fmt.Println(err)
			continue
		}
		back, _ := fromRoman(r)
		fmt.Printf("%4d %-12s %d\n", n, r, back)
	}
	for _, s := range []string{"MCMXCIV", "IIII", "ABC", "XLII"} {
		n, err := fromRoman(s)
		fmt.Println(s, n, err, errors.Is(err, ErrBadRoman))
	}
}
