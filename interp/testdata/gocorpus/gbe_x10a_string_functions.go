// Exercises: string functions - the strings package: Contains, Count, HasPrefix/Suffix, Index, Join, Repeat, Replace, Split, case, Fields, Trim, Cut, Builder
package main

import (
	"fmt"
	"strings"
)

func main() {
	csv := "name,age,city,,"
	cols := strings.Split(csv, ",")
	fmt.Printf("%q %d\n", cols, len(cols))
	fmt.Printf("%q\n", strings.SplitN(csv, ",", 3))
	fmt.Printf("%q\n", strings.SplitAfter("a.b.c", "."))
	fmt.Println(strings.Join(cols[:3], " | "))

	title := "the go programming language"
	fmt.Println(strings.Contains(title, "gram"), strings.ContainsAny(title, "xyz"), strings.ContainsRune(title, 'g'))
	fmt.Println(strings.Count(title, "g"), strings.Count("five", ""), strings.Index(title, "go"), strings.LastIndex(title, "g"))
	fmt.Println(strings.HasPrefix(title, "the "), strings.HasSuffix(title, "age"), strings.IndexAny(title, "pm"))
	fmt.Println(strings.ToUpper(title[:6]), strings.ToLower("MiXeD"), strings.EqualFold("Straße", "STRASSE"))

	fmt.Println(strings.Repeat("ab", 3)+"|", strings.Replace("a-a-a-a", "a", "b", 2), strings.ReplaceAll("a-a", "-", ""))
	fmt.Printf("%q\n", strings.Fields(" \t spaced   out \n "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Printf("[%s] [%s] [%s]\n", strings.TrimSpace("\t pad \n"), strings.Trim("--x--", "-"), strings.TrimRight("x!!?", "!?"))
	fmt.Println(strings.TrimPrefix("v1.2", "v"), strings.TrimFunc("123abc456", func(r rune) bool { return r < 'a' }))

	for _, kv := range []string{"host=db", "port", "=empty"} {
		k, v, ok := strings.Cut(kv, "=")
		fmt.Printf("%q %q %v\n", k, v, ok)
	}
	rest, ok := strings.CutPrefix("prefix:value", "prefix:")
	fmt.Println(rest, ok)

	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r == ' ':
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "hello world"))
	fmt.Println(strings.Compare("a", "b"), strings.Title("x") == "X", strings.ToTitle("go"))

	var sb strings.Builder
	for i, w := range []string{"one", "two", "three"} {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(w)
	}
	sb.WriteRune('…')
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.NewReplacer("&", "and", "@", "at").Replace("tom & jerry @ home"))
}
