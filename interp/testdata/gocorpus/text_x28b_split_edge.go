package main

import (
	"fmt"
	"strings"
	"unicode"
)

// strings edge cases: Split on an empty string returns one empty element,
// Fields vs Split, Replace with n, Index returns byte offsets, Title is deprecated.

func csvLine(line string) []string {
	if line == "" {
		return nil // strings.Split would return [""]
	}
	return strings.Split(line, ",")
}

func capitalize(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

func snakeToCamel(s string) string {
	var sb strings.Builder
	upper := false
	for _, r := range s {
		if r == '_' {
			upper = true
			continue
		}
		if upper {
			r = unicode.ToUpper(r)
			upper = false
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

func camelToSnake(s string) string {
	var sb strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				sb.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

func main() {
	fmt.Printf("%q %d\n", strings.Split("", ","), len(strings.Split("", ",")))
	fmt.Printf("%q %d\n", csvLine(""), len(csvLine("")))
	fmt.Printf("%q\n", strings.Split("a,,b,", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.SplitN("k=v=w", "=", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a.b.c", "."))
	fmt.Printf("%q\n", strings.Fields("  a \t b\n c  "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit))

	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "aa", "b"))
	fmt.Println(strings.Replace("abc", "", "-", -1))
	rep := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(rep.Replace("<a & b>"))

	s := "naïve café"
	fmt.Println(strings.Index(s, "café"), strings.IndexRune(s, 'é'), strings.IndexByte(s, 'v'))
	fmt.Println(strings.LastIndex("go gopher go", "go"), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Contains("", ""), strings.ContainsAny("hello", "xyz"), strings.HasPrefix("go", ""))

	fmt.Println(capitalize("the  go   programming language"))
	fmt.Println(snakeToCamel("user_id_value"), camelToSnake("userIDValue"), camelToSnake("HTTPServer"))

	fmt.Println(strings.Repeat("=-", 5), strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, "no spaces here"))

	fmt.Printf("[%s] [%s] [%s]\n", strings.TrimSpace("\t x \n"), strings.Trim("--x--", "-"), strings.TrimFunc("123abc456", unicode.IsDigit))

	// Comparing strings: == is case sensitive; Compare is rarely needed.
	fmt.Println("Go" == "go", "Go" < "go", strings.Compare("a", "b"))

	// Building a table with padding.
	rows := [][]string{{"name", "lang"}, {"gopher", "Go"}, {"ferris", "Rust"}}
	for _, r := range rows {
		fmt.Printf("|%-8s|%6s|\n", r[0], r[1])
	}
	lines := strings.Split(strings.TrimRight("a\nb\n\n", "\n"), "\n")
	fmt.Println(len(lines), lines)
	fmt.Println(strings.ToValidUTF8("a\xffb", "?"), strings.EqualFold("ß", "SS"))
}
