// Exercises: common strings package functions.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  The Go Programming Language  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.ToLower(t), strings.ToUpper(t))
	fmt.Println(strings.Contains(t, "Go"), strings.HasPrefix(t, "The"), strings.HasSuffix(t, "age"))
	fmt.Println(strings.Index(t, "o"), strings.LastIndex(t, "o"), strings.Count(t, "g"))
	fmt.Println(strings.Split("a,b,c", ","), len(strings.Split("", ",")))
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "a", "b"))
	fmt.Println(strings.Title("x"), strings.Repeat("ab", 3))
	fmt.Printf("%q\n", strings.Fields(" a  b c "))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("prefix-x", "prefix-"), strings.Trim("--a--", "-"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<p>hi</p>"))
}
