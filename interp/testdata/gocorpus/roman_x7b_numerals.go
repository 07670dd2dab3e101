// Exercises: a Roman numeral converter both ways with a table of value/symbol pairs, strings.Builder, strings.HasPrefix, errors for invalid input, round-trip check.
package main

import (
	"errors"
	"fmt"
	"strings"
)

var table = []struct {
	v int
	s string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

var errRange = errors.New("roman: out of range 1..3999")

func toRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("%d: %w", n, errRange)
	}
	var b strings.Builder
	for _, e := range table {
		for n >= e.v {
			b.WriteString(e.s)
			n -= e.v
		}
	}
	return b.String(), nil
}

func fromRoman(s string) (int, error) {
	n, rest := 0, s
	for _, e := range table {
		for strings.HasPrefix(rest, e.s) {
			n += e.v
			rest = rest[len(e.s):]
		}
	}
	if rest != "" {
		return 0, fmt.Errorf("roman: bad numeral %q at %q", s, rest)
	}
	if back, _ := toRoman(n); back != s {
		return 0, fmt.Errorf("roman: %q is not canonical (want %s)", s, back)
	}
	return n, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := toRoman(n)
		fmt.Printf("%d=%s %v\n", n, r, err)
	}
	for _, s := range []string{"MCMXCIV", "XLII", "IIII", "ABC", "MMXXIV"} {
		n, err := fromRoman(s)
		fmt.Println(s, n, err)
	}
	_, err := toRoman(-5)
	fmt.Println(errors.Is(err, errRange))
}
