package main

import (
	"errors"
	"fmt"
)

var table = []struct {
	val int
	sym string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

var ErrRange = errors.New("out of range")

type RangeError struct {
	N int
}

func (e *RangeError) Error() string { return fmt.Sprintf("%d is out of range", e.N) }
func (e *RangeError) Unwrap() error { return ErrRange }

func ToRoman(n int) (string, error) {
	if n <= 0 || n > 3999 {
		return "", &RangeError{n}
	}
	out := []byte{}
	for _, t := range table {
		for n >= t.val {
			out = append(out, t.sym...)
			n -= t.val
		}
	}
	return string(out), nil
}

func FromRoman(s string) int {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v := vals[s[i]]
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func main() {
	for _, n := range []int{1, 2, 3, 4, 5, 6, 9, 27, 48, 49, 59, 93, 141, 163, 402, 575, 911, 1024, 1990, 2024, 3000, 3999, 0, 4000, -5} {
		r, err := ToRoman(n)
		if err != nil {
			var re *RangeError
			fmt.Println("err:", err, errors.Is(err, ErrRange), errors.As(err, &re) && re.N == n)
			continue
		}
		fmt.Printf("%4d %-12s %d\n", n, r, FromRoman(r))
	}
	ok := 0
	for i := 1; i < 4000; i++ {
		r, _ := ToRoman(i)
		if FromRoman(r) == i {
			ok++
		}
	}
	fmt.Println("roundtrip", ok)
}
