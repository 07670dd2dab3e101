package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

var logRe = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2}) (\w+)\s+\[(?P<mod>[a-z.]+)\] (.*)$`)
var kvRe = regexp.MustCompile(`(\w+)=("[^"]*"|\S+)`)

const logs = `2024-01-03 INFO  [http.server] started addr=":8080" workers=4
2024-01-03 WARN  [db] slow query ms=1203 table=users
garbage line here
2024-01-04 ERROR [http.server] handler failed code=500 path="/api/v1 items"
2024-01-04 INFO  [db] pool size=10`

func main() {
	byLevel := map[string][]string{}
	modIdx := logRe.SubexpIndex("mod")
	for i, line := range strings.Split(logs, "\n") {
		m := logRe.FindStringSubmatch(line)
		if m == nil {
			fmt.Printf("line %d: no match\n", i+1)
			continue
		}
		byLevel[m[2]] = append(byLevel[m[2]], m[modIdx])
		fields := map[string]string{}
		for _, kv := range kvRe.FindAllStringSubmatch(m[4], -1) {
			fields[kv[1]] = strings.Trim(kv[2], `"`)
		}
		fmt.Printf("%s %-5s %-12s %v\n", m[1], m[2], m[modIdx], fields)
	}
	levels := make([]string, 0, len(byLevel))
	for l := range byLevel {
		levels = append(levels, l)
	}
	sort.Strings(levels)
	for _, l := range levels {
		fmt.Println(l, byLevel[l])
	}
	fmt.Println(logRe.SubexpNames())
	masked := regexp.MustCompile(`\d+`).ReplaceAllStringFunc("id 42 and 1337", func(s string) string {
		return strings.Repeat("#", len(s))
	})
	fmt.Println(masked)
	fmt.Println(regexp.MustCompile(`(\w+)@(\w+)\.com`).ReplaceAllString("bob@example.com, amy@test.com", "$2:$1"))
	fmt.Println(regexp.QuoteMeta("a.b*c"), logRe.NumSubexp())
}
