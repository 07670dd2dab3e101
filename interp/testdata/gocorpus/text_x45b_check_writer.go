package main

import (
	"fmt"
	"strings"
	"unicode"
)

var ones = []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
var scales = []string{"", "thousand", "million", "billion"}

func under1000(n int) string {
	var parts []string
	if n >= 100 {
		parts = append(parts, ones[n/100], "hundred")
		n %= 100
	}
	if n >= 20 {
		w := tens[n/10]
		if n%10 != 0 {
			w += "-" + ones[n%10]
		}
		parts = append(parts, w)
	} else if n > 0 {
		parts = append(parts, ones[n])
	}
	return strings.Join(parts, " ")
}

func words(n int64) string {
	if n == 0 {
		return "zero"
	}
	var groups []string
	for i := 0; n > 0; i++ {
		g := int(n % 1000)
		n /= 1000
		if g != 0 {
			s := under1000(g)
			if scales[i] != "" {
				s += " " + scales[i]
			}
			groups = append([]string{s}, groups...)
		}
	}
	return strings.Join(groups, " ")
}

func checkLine(cents int64) string {
	s := words(cents/100) + fmt.Sprintf(" and %02d/100 dollars", cents%100)
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	s = string(r)
	const width = 72
	if len(s) < width {
		s += " " + strings.Repeat("*", width-len(s)-1)
	}
	return s
}

func main() {
	amounts := []int64{0, 5, 1999, 100000, 1234567, 7000001, 9999999999, 101101, 4000000000}
	for _, a := range amounts {
		fmt.Printf("%14s | %s\n", fmt.Sprintf("$%d.%02d", a/100, a%100), checkLine(a))
	}
	fmt.Println(strings.Title("title case is deprecated but used"))
	fmt.Println(strings.ToTitle("pay"), strings.EqualFold("USD", "usd"), strings.Fields("  a  b "))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '#'
		}
		return r
	}, "acct 1234-5678"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Println(strings.TrimLeft("000123", "0"), strings.TrimFunc("$$12$$", func(r rune) bool { return r == '$' }))
}
