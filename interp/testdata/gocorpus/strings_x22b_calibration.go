package main

import (
	"fmt"
	"strings"
	"unicode"
)

const doc = `two1nine
eightwothree
abcone2threexyz
xtwone3four
4nineeightseven2
zoneight234
7pqrstsixteen
treb7uchet`

var words = []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}

func digitAt(s string, i int, spelled bool) (int, bool) {
	if unicode.IsDigit(rune(s[i])) {
		return int(s[i] - '0'), true
	}
	if spelled {
		for n, w := range words {
			if strings.HasPrefix(s[i:], w) {
				return n + 1, true
			}
		}
	}
	return 0, false
}

func calibrate(line string, spelled bool) int {
	first, last := -1, -1
	for i := range line {
		if d, ok := digitAt(line, i, spelled); ok {
			if first < 0 {
				first = d
			}
			last = d
		}
	}
	if first < 0 {
		return 0
	}
	return first*10 + last
}

func main() {
	p1, p2 := 0, 0
	for _, l := range strings.Split(doc, "\n") {
		a, b := calibrate(l, false), calibrate(l, true)
		p1 += a
		p2 += b
		fmt.Printf("%-18s %2d %2d\n", l, a, b)
	}
	fmt.Println(p1, p2)
	r := strings.NewReplacer("one", "1", "two", "2", "three", "3", "eight", "8", "nine", "9")
	fmt.Println(r.Replace("eightwothree xtwone3four"))
	fmt.Println(strings.LastIndex("xtwone3four", "o"), strings.IndexAny("xtwone", "ne"), strings.IndexFunc("ab3c", unicode.IsDigit))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Repeat("ab", 3), strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.SplitN("a,b,c,d", ",", 2), strings.SplitAfter("a,b,c", ","), strings.Title("hello world"))
	fields := strings.FieldsFunc("a1b22c333d", unicode.IsLetter)
	fmt.Printf("%q\n", fields)
	var sb strings.Builder
	for i, w := range words[:4] {
		if i > 0 {
			sb.WriteString(" | ")
		}
		fmt.Fprintf(&sb, "%s:%d", strings.ToUpper(w[:1])+w[1:], len(w))
	}
	fmt.Println(sb.String(), sb.Len())
}
