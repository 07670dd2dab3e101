// Exercises: strings.NewReplacer, EqualFold, Contains/Index/LastIndex, Title case by hand, Compare
package main

import (
	"fmt"
	"strings"
)

func title(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + strings.ToLower(w[1:])
	}
	return strings.Join(words, " ")
}

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("a<b>c"))
	fmt.Println(strings.EqualFold("Gopher", "GOPHER"))
	s := "backpropagation"
	fmt.Println(strings.Index(s, "a"), strings.LastIndex(s, "a"), strings.Contains(s, "prop"))
	fmt.Println(title("hELLO wORLD of gO"))
	fmt.Println(strings.Compare("a", "b"), strings.Count(s, "a"), strings.HasSuffix(s, "tion"))
}
