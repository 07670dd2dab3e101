package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var romanTable = []struct {
	val int
	sym string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func ToRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("roman: %d out of range", n)
	}
	var b strings.Builder
	for _, e := range romanTable {
		for n >= e.val {
			b.WriteString(e.sym)
			n -= e.val
		}
	}
	return b.String(), nil
}

var ErrBadRoman = errors.New("invalid roman numeral")

func FromRoman(s string) (int, error) {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0, fmt.Errorf("%q: %w", s, ErrBadRoman)
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if back, _ := ToRoman(total); back != s {
		return 0, fmt.Errorf("%q (non-canonical, want %s): %w", s, back, ErrBadRoman)
	}
	return total, nil
}

func Commas(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var parts []string
	for len(s) > 3 {
		parts = append([]string{s[len(s)-3:]}, parts...)
		s = s[:len(s)-3]
	}
	parts = append([]string{s}, parts...)
	out := strings.Join(parts, ",")
	if neg {
		out = "-" + out
	}
	return out
}

func Bytes(n uint64) string {
	units := []string{"B", "KiB", "MiB", "GiB", "TiB"}
	f := float64(n)
	i := 0
	for f >= 1024 && i < len(units)-1 {
		f /= 1024
		i++
	}
	if i == 0 {
		return fmt.Sprintf("%d %s", n, units[0])
	}
	return fmt.Sprintf("%.1f %s", f, units[i])
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := ToRoman(n)
		if err != nil {
			fmt.Println(err)
			continue
		}
		back, _ := FromRoman(r)
		fmt.Printf("%4d %-12s %d\n", n, r, back)
	}
	for _, s := range []string{"MMXXIV", "IIII", "IC", "ABC", "XLII"} {
		n, err := FromRoman(s)
		fmt.Println(s, n, err, errors.Is(err, ErrBadRoman))
	}
	for _, n := range []int64{0, 999, 1000, -1234567, 9876543210} {
		fmt.Print(Commas(n), " ")
	}
	fmt.Println()
	for _, n := range []uint64{512, 1536, 1 << 20, 5*1<<30 + 1<<29, 1 << 50} {
		fmt.Print(Bytes(n), "; ")
	}
	fmt.Println()
}
