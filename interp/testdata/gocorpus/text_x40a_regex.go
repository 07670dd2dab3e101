package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

func main() {
	match, _ := regexp.MatchString("p([a-z]+)ch", "peach")
	fmt.Println(match)

	r, _ := regexp.Compile("p([a-z]+)ch")
	fmt.Println(r.MatchString("peach"))
	fmt.Println(r.FindString("peach punch"))
	fmt.Println("idx:", r.FindStringIndex("peach punch"))
	fmt.Println(r.FindStringSubmatch("peach punch"))
	fmt.Println(r.FindStringSubmatchIndex("peach punch"))
	fmt.Println(r.FindAllString("peach punch pinch", -1))
	fmt.Println("all:", r.FindAllStringSubmatchIndex("peach punch pinch", -1))
	fmt.Println(r.FindAllString("peach punch pinch", 2))
	fmt.Println(r.Match([]byte("peach")))

	r = regexp.MustCompile("p([a-z]+)ch")
	fmt.Println("regexp:", r)
	fmt.Println(r.ReplaceAllString("a peach", "<fruit>"))
	in := []byte("a peach")
	out := r.ReplaceAllFunc(in, bytes.ToUpper)
	fmt.Println(string(out))

	date := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	m := date.FindStringSubmatch("released 2024-03-15, patched 2024-04-01")
	for i, name := range date.SubexpNames() {
		if name != "" {
			fmt.Printf("%s=%s ", name, m[i])
		}
	}
	fmt.Println()
	fmt.Println(date.ReplaceAllString("2024-03-15 and 2023-12-31", "${day}/${month}/$year"))
	fmt.Println(date.SubexpIndex("month"), date.NumSubexp())

	words := regexp.MustCompile(`\s+`).Split("split   these\twords\nplease", -1)
	fmt.Printf("%q\n", words)

	emails := []string{"bob@example.com", "not-an-email", "a.b+c@sub.domain.org"}
	emailRe := regexp.MustCompile(`^[\w.+-]+@[\w-]+(\.[\w-]+)+$`)
	for _, e := range emails {
		fmt.Printf("%-22s %v\n", e, emailRe.MatchString(e))
	}

	kv := regexp.MustCompile(`(\w+)=("[^"]*"|\S+)`)
	for _, sm := range kv.FindAllStringSubmatch(`name="John Smith" age=42 city=Paris`, -1) {
		fmt.Println(sm[1], "->", strings.Trim(sm[2], `"`))
	}
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	fmt.Println(regexp.QuoteMeta("1+1=2?"), regexp.MustCompile(`(?i)hello`).MatchString("HeLLo"))
	fmt.Println(regexp.MustCompile(`a+`).ReplaceAllLiteralString("caaat baa", "$1"))
}
