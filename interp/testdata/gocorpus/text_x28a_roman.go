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
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

var ErrRange = errors.New("out of range")

type ParseError struct {
	Input string
	Pos   int
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("invalid roman numeral %q at position %d", e.Input, e.Pos)
}

func ToRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("ToRoman(%d): %w", n, ErrRange)
	}
	var sb strings.Builder
	for _, r := range numerals {
		for n >= r.val {
			sb.WriteString(r.sym)
			n -= r.val
		}
	}
	return sb.String(), nil
}

var values = map[rune]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}

func FromRoman(s string) (int, error) {
	total := 0
	s = strings.ToUpper(s)
	for i, r := range s {
		v, ok := values[r]
		if !ok {
			return 0, &ParseError{s, i}
		}
		if i+1 < len(s) && values[rune(s[i+1])] > v {
			total -= v
		} else {
			total += v
		}
	}
	if back, err := ToRoman(total); err != nil || back != s {
		return 0, &ParseError{s, -1}
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1666, 1990, 2008, 2024, 3999} {
		r, _ := ToRoman(n)
		fmt.Printf("%4d = %s\n", n, r)
	}
	for _, s := range []string{"MCMXC", "mmviii", "MDCLXVI", "IIII", "XAX", ""} {
		n, err := FromRoman(s)
		var pe *ParseError
		switch {
		case errors.As(err, &pe):
			fmt.Printf("%-8q error: %v (pos %d)\n", s, err, pe.Pos)
		case err != nil:
			fmt.Printf("%-8q error: %v\n", s, err)
		default:
			fmt.Printf("%-8q = %d\n", s, n)
		}
	}
	_, err := ToRoman(4000)
	fmt.Println(err, errors.Is(err, ErrRange))
	roundtrip := 0
	for i := 1; i < 4000; i++ {
		r, _ := ToRoman(i)
		if n, err := FromRoman(r); err == nil && n == i {
			roundtrip++
		}
	}
	fmt.Println("round trips ok:", roundtrip)
}
