// Exercises: strings.NewReplacer, EqualFold, Title-casing by hand, Repeat, SplitN, TrimFunc, Cut.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(strings.ToLower(w))
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

func main() {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("a < b && c > d"))
	fmt.Println(strings.EqualFold("Gopher", "GOPHER"), strings.EqualFold("Go", "Goo"))
	fmt.Println(titleCase("the gO   programming LANGUAGE"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"))
	before, after, found := strings.Cut("key=value=more", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.IndexAny("golang", "ny"), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.ContainsAny("failure", "ui"), strings.ContainsRune("abc", 'd'))
	fmt.Printf("[%s][%6s][%-6s]\n", strings.Repeat("ab", 3), "r", "l")
	fmt.Println(strings.Compare("a", "b"), strings.ToTitle("loud"), strings.Fields("  "))
}
