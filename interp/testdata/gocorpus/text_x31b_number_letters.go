package main

import (
	"fmt"
	"strings"
)

// Problem 17: letters used writing numbers 1..1000 in British English words.

var ones = []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
	"eighteen", "nineteen"}

var tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

func words(n int) string {
	switch {
	case n == 1000:
		return "one thousand"
	case n >= 100:
		s := ones[n/100] + " hundred"
		if n%100 != 0 {
			s += " and " + words(n%100)
		}
		return s
	case n >= 20:
		s := tens[n/10]
		if n%10 != 0 {
			s += "-" + ones[n%10]
		}
		return s
	default:
		return ones[n]
	}
}

func letterCount(s string) int {
	return len(strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' {
			return -1
		}
		return r
	}, s))
}

func main() {
	for _, n := range []int{5, 15, 42, 115, 342, 999, 1000} {
		w := words(n)
		fmt.Printf("%4d %-40q %d\n", n, w, letterCount(w))
	}
	total := 0
	for i := 1; i <= 1000; i++ {
		total += letterCount(words(i))
	}
	fmt.Println("total letters 1..1000:", total)
	t5 := 0
	for i := 1; i <= 5; i++ {
		t5 += letterCount(words(i))
	}
	fmt.Println("1..5:", t5)
	fmt.Println(strings.ToUpper(words(777)))
}
