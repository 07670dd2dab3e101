// Exercises: Luhn check over digit runes with an error return, errors.Is on a sentinel, %q printing
package main

import (
	"errors"
	"fmt"
)

var ErrNotDigit = errors.New("not a digit")

func luhn(s string) (bool, error) {
	sum := 0
	double := false
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i]
		if c == ' ' {
			continue
		}
		if c < '0' || c > '9' {
			return false, fmt.Errorf("luhn %q at %d: %w", c, i, ErrNotDigit)
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
	return sum%10 == 0, nil
}

func main() {
	for _, s := range []string{"49927398716", "49927398717", "1234567812345678", "1234 5678 1234 5670", "12a4"} {
		ok, err := luhn(s)
		if err != nil {
			fmt.Println(err, errors.Is(err, ErrNotDigit))
			continue
		}
		fmt.Printf("%-22q %v\n", s, ok)
	}
}
