package main

import (
	"fmt"
	"strings"
	"unicode"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(text) {
		if cur.Len() > 0 && cur.Len()+1+len(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func camelToSnake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteRune('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

func main() {
	text := "The quick brown fox jumps over the lazy dog and keeps running far away"
	for i, l := range wrap(text, 20) {
		fmt.Printf("%2d|%-20s|\n", i, l)
	}
	fmt.Println(camelToSnake("HTTPServerConfig"), camelToSnake("userID"))

	s := "  a,b,,c , d  "
	fmt.Printf("%q\n", strings.Split(s, ","))
	fmt.Printf("%q\n", strings.SplitN(s, ",", 2))
	fmt.Printf("%q\n", strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' }))
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Printf("%q %q\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("aabbcc", "ab"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.Title("hello"), strings.ToTitle("ǆ"), strings.ToLower("ÀÉÎ"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.ReplaceAll("oink oink", "k", "ky"), strings.Replace("aaaa", "a", "b", 2))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.ContainsAny("hello", "xyz"), strings.Compare("a", "b"))
	var sb strings.Builder
	sb.Grow(64)
	fmt.Fprintf(&sb, "%d-%s", 7, "x")
	fmt.Println(sb.String(), sb.Len(), sb.Cap() >= 64)
	fmt.Println(strings.Join([]string{}, ","), strings.Join([]string{"solo"}, ","))
	for l := range strings.Lines("one\ntwo\nthree") {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	fmt.Println(strings.Index("chicken", "ken"), strings.IndexAny("golang", "nl"), strings.IndexFunc("abc1", unicode.IsDigit))
}
