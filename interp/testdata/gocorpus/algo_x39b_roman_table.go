package main

import (
	"errors"
	"fmt"
	"strings"
)

var numerals = []struct {
	value  int
	symbol string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

var ErrRange = errors.New("out of range")

func ToRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("to roman %d: %w", n, ErrRange)
	}
	var sb strings.Builder
	for _, nm := range numerals {
		for n >= nm.value {
			sb.WriteString(nm.symbol)
			n -= nm.value
		}
	}
	return sb.String(), nil
}

func FromRoman(s string) (int, error) {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0, fmt.Errorf("from roman %q: bad symbol %q at %d", s, s[i], i)
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if back, err := ToRoman(total); err != nil || back != s {
		return 0, fmt.Errorf("from roman %q: not canonical (want %q)", s, back)
	}
	return total, nil
}

type T struct {
	name   string
	failed bool
	logs   []string
}

func (t *T) Errorf(format string, args ...any) {
	t.failed = true
	t.logs = append(t.logs, fmt.Sprintf(format, args...))
}

func Run(name string, f func(t *T)) bool {
	t := &T{name: name}
	f(t)
	status := "PASS"
	if t.failed {
		status = "FAIL"
	}
	fmt.Printf("--- %s: %s\n", status, name)
	for _, l := range t.logs {
		fmt.Println("    ", l)
	}
	return !t.failed
}

func main() {
	tests := []struct {
		in      int
		want    string
		wantErr error
	}{
		{1, "I", nil}, {4, "IV", nil}, {9, "IX", nil}, {14, "XIV", nil},
		{1994, "MCMXCIV", nil}, {3999, "MMMCMXCIX", nil},
		{0, "", ErrRange}, {4000, "", ErrRange}, {58, "LIIX", nil},
	}
	passed := 0
	for _, tt := range tests {
		if Run(fmt.Sprintf("ToRoman/%d", tt.in), func(t *T) {
			got, err := ToRoman(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("err = %v, want %v", err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("ToRoman(%d) = %q, want %q", tt.in, got, tt.want)
			}
		}) {
			passed++
		}
	}
	fmt.Printf("%d/%d passed\n", passed, len(tests))

outer:
	for _, s := range []string{"XLII", "IIII", "MMXXIV", "ABC", "IC", "MCMLXXXIV"} {
		for _, bad := range []string{"IIII", "VV"} {
			if strings.Contains(s, bad) {
				fmt.Println(s, "skipped: contains", bad)
				continue outer
			}
		}
		n, err := FromRoman(s)
		fmt.Println(s, n, err)
	}
}
