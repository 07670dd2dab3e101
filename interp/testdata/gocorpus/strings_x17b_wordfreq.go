package main

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity.`

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	keys := slices.Collect(maps.Keys(freq))
	slices.SortFunc(keys, func(a, b string) int {
		if freq[a] != freq[b] {
			return freq[b] - freq[a]
		}
		return strings.Compare(a, b)
	})
	for _, k := range keys[:6] {
		fmt.Printf("%-8s %2d %s\n", k, freq[k], strings.Repeat("#", freq[k]))
	}
	fmt.Println(len(words), len(freq))
	fmt.Println(strings.Title("hello world"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		if unicode.IsLower(r) {
			return unicode.ToUpper(r)
		}
		return -1
	}, "Hello, World 42"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a & b>"))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("a,b,,c", ",")))
	fmt.Println(strings.SplitN("a=b=c", "=", 2))
	before, after, found := strings.Cut("key:value:x", ":")
	fmt.Println(before, after, found)
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"))
	for i, f := range strings.Fields("  a  bb ccc ") {
		fmt.Print(i, ":", f, " ")
	}
	fmt.Println()
	for part := range strings.SplitSeq("x-y-z", "-") {
		fmt.Print(part, ";")
	}
	fmt.Println()
	n, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(n, err)
	_, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(err)
	fmt.Println(strconv.Quote("tab\there"), strconv.FormatFloat(1.0/3, 'f', 4, 64), strconv.Itoa(-45)+"!")
	bq, _ := strconv.ParseBool("TRUE")
	fmt.Println(bq, strconv.AppendInt([]byte("n="), 42, 2))
	s := "héllo, 世界"
	fmt.Println(len(s), len([]rune(s)))
	for i, r := range s {
		if r > 127 {
			fmt.Print(i, string(r), " ")
		}
	}
	fmt.Println()
}
