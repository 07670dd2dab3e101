package main

import (
	"fmt"
	"regexp"
	"strings"
)

var logLine = regexp.MustCompile(`^(?P<date>\d{4}-\d{2}-\d{2}) (?P<level>[A-Z]+) (?P<msg>.*)$`)

func main() {
	match, _ := regexp.MatchString("p([a-z]+)ch", "peach")
	fmt.Println(match)

	r := regexp.MustCompile("p([a-z]+)ch")
	fmt.Println(r.MatchString("peach"))
	fmt.Println(r.FindString("peach punch"))
	fmt.Println("idx:", r.FindStringIndex("peach punch"))
	fmt.Println(r.FindStringSubmatch("peach punch"))
	fmt.Println(r.FindStringSubmatchIndex("peach punch"))
	fmt.Println(r.FindAllString("peach punch pinch", -1))
	fmt.Println("all:", r.FindAllStringSubmatchIndex("peach punch pinch", -1))
	fmt.Println(r.FindAllString("peach punch pinch", 2))
	fmt.Println(r.Match([]byte("peach")))
	fmt.Println(r)
	fmt.Println(r.ReplaceAllString("a peach", "<fruit>"))
	out := r.ReplaceAllFunc([]byte("a peach"), func(b []byte) []byte { return []byte(strings.ToUpper(string(b))) })
	fmt.Println(string(out))

	lines := []string{
		"2024-01-02 INFO server started",
		"2024-01-02 ERROR disk full",
		"not a log line",
	}
	for _, l := range lines {
		m := logLine.FindStringSubmatch(l)
		if m == nil {
			fmt.Printf("no match: %q\n", l)
			continue
		}
		fields := map[string]string{}
		for i, name := range logLine.SubexpNames() {
			if name != "" {
				fields[name] = m[i]
			}
		}
		fmt.Println(fields)
	}
	fmt.Println("level index:", logLine.SubexpIndex("level"), "groups:", logLine.NumSubexp())

	// expand with named groups
	swap := regexp.MustCompile(`(?P<first>\w+)\s+(?P<last>\w+)`)
	fmt.Println(swap.ReplaceAllString("Ada Lovelace, Alan Turing", "${last} ${first}"))

	// split and case-insensitive
	sep := regexp.MustCompile(`\s*[,;]\s*`)
	fmt.Printf("%q\n", sep.Split("a , b;c ;  d", -1))
	ci := regexp.MustCompile(`(?i)go(lang)?`)
	fmt.Println(ci.FindAllString("Go golang GOLANG gopher", -1))

	email := regexp.MustCompile(`^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$`)
	for _, e := range []string{"gopher@golang.org", "bad@", "x.y+z@ex.co"} {
		fmt.Printf("%-18s valid=%t\n", e, email.MatchString(e))
	}

	_, err := regexp.Compile(`a(b`)
	fmt.Println("compile error:", err)
	fmt.Println(regexp.QuoteMeta("1+1=2?"))
	lit, complete := regexp.MustCompile(`hello.*`).LiteralPrefix()
	fmt.Println(lit, complete)
}
