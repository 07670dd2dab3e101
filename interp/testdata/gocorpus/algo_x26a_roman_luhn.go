package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

var romanTable = []struct {
	val int
	sym string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func ToRoman(n int) (string, error) {
	if n <= 0 || n > 3999 {
		return "", fmt.Errorf("ToRoman(%d): %w", n, errOutOfRange)
	}
	var sb strings.Builder
	for _, e := range romanTable {
		for n >= e.val {
			sb.WriteString(e.sym)
			n -= e.val
		}
	}
	return sb.String(), nil
}

var errOutOfRange = errors.New("out of range")

func FromRoman(s string) int {
	vals := map[rune]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total, prev := 0, 0
	rs := []rune(s)
	for i := len(rs) - 1; i >= 0; i-- {
		v := vals[rs[i]]
		if v < prev {
			total -= v
		} else {
			total += v
			prev = v
		}
	}
	return total
}

func Valid(id string) bool {
	id = strings.ReplaceAll(id, " ", "")
	if len(id) <= 1 {
		return false
	}
	sum := 0
	double := false
	for i := len(id) - 1; i >= 0; i-- {
		c := rune(id[i])
		if !unicode.IsDigit(c) {
			return false
		}
		d := int(c - '0')
		if double {
			if d *= 2; d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := ToRoman(n)
		if err != nil {
			fmt.Println(err, errors.Is(err, errOutOfRange))
			continue
		}
		back := FromRoman(r)
		fmt.Printf("%4d = %-12s roundtrip=%t\n", n, r, back == n)
	}
	for _, id := range []string{"4539 3195 0343 6467", "8273 1232 7352 0569", "059", "0", " 0 0 ", "055a 444 285", "091"} {
		fmt.Printf("%q valid=%v\n", id, Valid(id))
	}
	total := 0
	for i := 1; i <= 3999; i++ {
		r, _ := ToRoman(i)
		if FromRoman(r) != i {
			fmt.Println("mismatch", i)
		}
		total += len(r)
	}
	fmt.Println("total roman chars:", total)
}
