package main

import (
	"errors"
	"fmt"
	"strings"
)

var numerals = []struct {
	val int
	sym string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

type Roman int

func (r Roman) String() string {
	if r <= 0 || r >= 4000 {
		return fmt.Sprintf("Roman(%d)", int(r))
	}
	var sb strings.Builder
	n := int(r)
	for _, p := range numerals {
		for n >= p.val {
			sb.WriteString(p.sym)
			n -= p.val
		}
	}
	return sb.String()
}

var ErrBadNumeral = errors.New("bad numeral")

func Parse(s string) (Roman, error) {
	values := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := values[s[i]]
		if !ok {
			return 0, fmt.Errorf("%w: %q at %d", ErrBadNumeral, s[i], i)
		}
		if i+1 < len(s) && values[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	r := Roman(total)
	if r.String() != s {
		return r, fmt.Errorf("%w: %s is not canonical (want %v)", ErrBadNumeral, s, r)
	}
	return r, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		fmt.Printf("%d=%v ", n, Roman(n))
	}
	fmt.Println()
	for _, s := range []string{"MCMXCIV", "XLII", "IIII", "IC", "MMXXIV", "ABC", ""} {
		r, err := Parse(s)
		if err != nil {
			fmt.Printf("%-8s err=%v is=%v\n", s, err, errors.Is(err, ErrBadNumeral))
			continue
		}
		fmt.Printf("%-8s %d %s\n", s, r, r)
	}
	sum := Roman(0)
	for _, s := range strings.Fields("X XX XXX XL") {
		r, _ := Parse(s)
		sum += r
	}
	fmt.Println(sum, int(sum))
	fmt.Printf("%v|%s|%d|%q\n", Roman(7), Roman(8), Roman(9), Roman(11))
}
