// Exercises: unicode.Is with range tables (Han, Greek), IsPunct, IsTitle/ToTitle, SimpleFold, strings.Map dropping runes
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "Δx → 0: 梯度 下降, η=0.1!"
	classes := map[string]int{}
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			classes["han"]++
		}
		if unicode.In(r, unicode.Greek) {
			classes["greek"]++
		}
		if unicode.IsPunct(r) {
			classes["punct"]++
		}
		if unicode.IsSymbol(r) {
			classes["symbol"]++
		}
	}
	fmt.Println(classes)
	fmt.Println(string(unicode.ToTitle('ǆ')), unicode.IsTitle('ǅ'), string(unicode.SimpleFold('K')))
	ascii := strings.Map(func(r rune) rune {
		if r > unicode.MaxASCII {
			return -1
		}
		return r
	}, s)
	fmt.Printf("%q\n", ascii)
}
