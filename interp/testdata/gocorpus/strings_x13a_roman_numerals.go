package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Roman uint16

var numerals = []struct {
	val int
	sym string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

var ErrRange = errors.New("out of range")

func (r Roman) String() string {
	if r == 0 || r > 3999 {
		return "Roman(" + strconv.Itoa(int(r)) + ")"
	}
	n := int(r)
	var sb strings.Builder
	for _, x := range numerals {
		for n >= x.val {
			sb.WriteString(x.sym)
			n -= x.val
		}
	}
	return sb.String()
}

func ParseRoman(s string) (Roman, error) {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0, fmt.Errorf("parse %q: bad symbol %q at %d", s, s[i], i)
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 || total > 3999 {
		return 0, fmt.Errorf("parse %q: %d: %w", s, total, ErrRange)
	}
	r := Roman(total)
	if r.String() != s {
		return r, fmt.Errorf("parse %q: not canonical (want %s)", s, r)
	}
	return r, nil
}

func main() {
	for _, n := range []Roman{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		fmt.Printf("%4d = %v\n", uint16(n), n)
	}
	for _, s := range []string{"MCMXCIV", "XLII", "IIII", "MMMM", "ABC", "DCCCXC"} {
		r, err := ParseRoman(s)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrRange))
			continue
		}
		fmt.Printf("%s = %d\n", s, r)
	}
	sum := Roman(0)
	for _, s := range strings.Fields("XII IX CL MM") {
		r, _ := ParseRoman(s)
		sum += r
	}
	fmt.Println("sum:", sum, int(sum))
	fmt.Println([]Roman{3, 7, 11}, map[string]Roman{"year": 1066})
	fmt.Printf("%s|%v|%d|%q\n", Roman(58), Roman(58), Roman(58), Roman(58))
}
