package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Validator interface {
	Valid(string) bool
	Name() string
}

type luhn struct{}
type isbn10 struct{}

func (luhn) Name() string   { return "luhn" }
func (isbn10) Name() string { return "isbn10" }

func (luhn) Valid(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	if len(s) <= 1 {
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
			if d *= 2; d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

func (isbn10) Valid(s string) bool {
	s = strings.ReplaceAll(s, "-", "")
	if len(s) != 10 {
		return false
	}
	sum := 0
	for i, r := range s {
		var d int
		switch {
		case unicode.IsDigit(r):
			d = int(r - '0')
		case r == 'X' && i == 9:
			d = 10
		default:
			return false
		}
		sum += d * (10 - i)
	}
	return sum%11 == 0
}

type funcValidator struct {
	name string
	f    func(string) bool
}

func (f funcValidator) Valid(s string) bool { return f.f(s) }
func (f funcValidator) Name() string        { return f.name }

func main() {
	vs := []Validator{luhn{}, isbn10{}, funcValidator{"nonempty", func(s string) bool { return strings.TrimSpace(s) != "" }}}
	inputs := []string{"4539 3195 0343 6467", "8273 1232 7352 0569", "059", "0", " 0", "055 444 285",
		"3-598-21508-8", "3-598-21508-9", "3-598-21507-X", "3-598-2X507-9", "359821507X", "", "091"}
	for _, in := range inputs {
		var ok []string
		for _, v := range vs {
			if v.Valid(in) {
				ok = append(ok, v.Name())
			}
		}
		fmt.Printf("%-22q %v\n", in, ok)
	}
	counts := make(map[string]int)
	for _, v := range vs {
		for _, in := range inputs {
			if v.Valid(in) {
				counts[v.Name()]++
			}
		}
	}
	fmt.Println(counts)
}
