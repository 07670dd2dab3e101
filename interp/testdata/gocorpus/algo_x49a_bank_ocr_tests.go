package main

import (
	"fmt"
	"slices"
	"strings"
)

// Luhn checks card numbers; Roman converts numerals. Both tested from main.
func Luhn(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	if len(s) < 2 {
		return false
	}
	sum := 0
	double := false
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i]
		if c < '0' || c > '9' {
			return false
		}
		d := int(c - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

var romans = []struct {
	v int
	s string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func ToRoman(n int) string {
	var b strings.Builder
	for _, r := range romans {
		for n >= r.v {
			b.WriteString(r.s)
			n -= r.v
		}
	}
	return b.String()
}

func FromRoman(s string) int {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := range len(s) {
		v := val[s[i]]
		if i+1 < len(s) && v < val[s[i+1]] {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

type T struct {
	failures []string
	name     string
}

func (t *T) Errorf(format string, args ...any) {
	t.failures = append(t.failures, t.name+": "+fmt.Sprintf(format, args...))
}

func run(name string, fn func(t *T)) bool {
	t := &T{name: name}
	fn(t)
	if len(t.failures) == 0 {
		fmt.Println("--- PASS:", name)
		return true
	}
	fmt.Println("--- FAIL:", name)
	for _, f := range t.failures {
		fmt.Println("   ", f)
	}
	return false
}

func main() {
	results := []bool{
		run("Luhn", func(t *T) {
			for in, want := range map[string]bool{"4539 3195 0343 6467": true, "8273 1232 7352 0569": false, "0": false, "059": true, "05a9": false} {
				if got := Luhn(in); got != want {
					t.Errorf("Luhn(%q) = %v", in, got)
				}
			}
		}),
		run("RomanRoundTrip", func(t *T) {
			for n := 1; n < 4000; n++ {
				if back := FromRoman(ToRoman(n)); back != n {
					t.Errorf("%d -> %s -> %d", n, ToRoman(n), back)
				}
			}
		}),
		run("RomanKnown", func(t *T) {
			for _, c := range []struct {
				n int
				s string
			}{{1994, "MCMXCIV"}, {2024, "MMXXIV"}, {4, "IIII"}} {
				if got := ToRoman(c.n); got != c.s {
					t.Errorf("ToRoman(%d) = %q, want %q", c.n, got, c.s)
				}
			}
		}),
	}
	fmt.Println("ok:", !slices.Contains(results, false), slices.Index(results, false))
}
