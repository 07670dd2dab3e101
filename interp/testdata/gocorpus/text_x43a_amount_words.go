package main

import (
	"fmt"
	"strings"
)

var ones = []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
var scales = []struct {
	value int
	name  string
}{{1_000_000_000, "billion"}, {1_000_000, "million"}, {1000, "thousand"}}

func below1000(n int) []string {
	var w []string
	if n >= 100 {
		w = append(w, ones[n/100], "hundred")
		n %= 100
	}
	switch {
	case n >= 20:
		t := tens[n/10]
		if n%10 != 0 {
			t += "-" + ones[n%10]
		}
		w = append(w, t)
	case n > 0:
		w = append(w, ones[n])
	}
	return w
}

func words(n int) string {
	if n == 0 {
		return "zero"
	}
	if n < 0 {
		return "minus " + words(-n)
	}
	var parts []string
	for _, s := range scales {
		if n >= s.value {
			parts = append(parts, below1000(n/s.value)...)
			parts = append(parts, s.name)
			n %= s.value
		}
	}
	parts = append(parts, below1000(n)...)
	return strings.Join(parts, " ")
}

func cheque(payee string, cents int) string {
	d, c := cents/100, cents%100
	text := fmt.Sprintf("%s and %02d/100 dollars", words(d), c)
	text = strings.ToUpper(text[:1]) + text[1:]
	border := strings.Repeat("*", 50)
	return fmt.Sprintf("%s\nPay to the order of: %-28s\n$%s\n%s\n%s", border, payee, fmt.Sprintf("%d.%02d", d, c), text, border)
}

func main() {
	for _, n := range []int{0, 7, 13, 20, 42, 100, 101, 999, 1000, 1001, 12345, 1_000_000, 2_147_483_647, -58} {
		fmt.Printf("%13d  %s\n", n, words(n))
	}
	fmt.Println(cheque("Jane Q. Public", 123456))
	fmt.Println(cheque("Small Change Ltd", 5))
}
