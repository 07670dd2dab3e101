// Exercises: regexp FindAllStringSubmatch, ReplaceAllStringFunc, ReplaceAllString with $1, FindAllStringIndex, Split.
package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

func main() {
	kv := regexp.MustCompile(`(\w+)=(\d+)`)
	s := "a=1, bb=22, ccc=333, bad=x"
	for _, m := range kv.FindAllStringSubmatch(s, -1) {
		fmt.Println(m[1], "->", m[2])
	}
	fmt.Println(kv.FindAllStringIndex(s, 2))

	nums := regexp.MustCompile(`\d+`)
	doubled := nums.ReplaceAllStringFunc("3 apples and 14 pears", func(n string) string {
		v, _ := strconv.Atoi(n)
		return strconv.Itoa(v * 2)
	})
	fmt.Println(doubled)

	swap := regexp.MustCompile(`(\w+)\s(\w+)`)
	fmt.Println(swap.ReplaceAllString("hello world", "$2 $1"))
	fmt.Println(swap.ReplaceAllString("foo bar", "${1}X"))

	upper := regexp.MustCompile(`\b[a-z]`)
	fmt.Println(upper.ReplaceAllStringFunc("the go programming language", strings.ToUpper))
	fmt.Printf("%q\n", regexp.MustCompile(`\s*;\s*`).Split("a ; b;c  ;d", -1))
}
