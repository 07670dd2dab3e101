// Exercises: ISBN-10 and ISBN-13 validation via an interface with two implementations, strings.Map
package main

import (
	"fmt"
	"strings"
)

type checker interface {
	Valid(string) bool
	Name() string
}

type isbn10 struct{}
type isbn13 struct{ weights [2]int }

func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' || r == ' ' {
			return -1
		}
		return r
	}, s)
}

func (isbn10) Name() string { return "ISBN-10" }
func (isbn10) Valid(s string) bool {
	s = clean(s)
	if len(s) != 10 {
		return false
	}
	sum := 0
	for i, r := range s {
		v := int(r - '0')
		if r == 'X' && i == 9 {
			v = 10
		}
		sum += (10 - i) * v
	}
	return sum%11 == 0
}

func (c isbn13) Name() string { return "ISBN-13" }
func (c isbn13) Valid(s string) bool {
	s = clean(s)
	if len(s) != 13 {
		return false
	}
	sum := 0
	for i := 0; i < 13; i++ {
		sum += int(s[i]-'0') * c.weights[i%2]
	}
	return sum%10 == 0
}

func main() {
	checks := []checker{isbn10{}, isbn13{[2]int{1, 3}}}
	for _, s := range []string{"0-306-40615-2", "0-8044-2957-X", "978-0596528126", "978-1788399081", "978-1-86197-876-9"} {
		for _, c := range checks {
			if len(clean(s)) == map[string]int{"ISBN-10": 10, "ISBN-13": 13}[c.Name()] {
				fmt.Printf("%-20s %s %t\n", s, c.Name(), c.Valid(s))
			}
		}
	}
	fmt.Printf("%T %+v\n", checks[1], checks[1])
}
