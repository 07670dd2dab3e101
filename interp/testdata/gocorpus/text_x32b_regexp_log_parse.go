package main

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

const logs = `2024-05-01T12:00:01Z INFO  [api] GET /users/42 200 13ms
2024-05-01T12:00:02Z WARN  [api] GET /users/abc 400 2ms
2024-05-01T12:00:05Z INFO  [db] query users took 120ms
2024-05-01T12:01:00Z ERROR [api] POST /orders 500 340ms
garbage line without format
2024-05-01T12:01:30Z INFO  [api] GET /orders/7 200 25ms
2024-05-01T12:02:00Z ERROR [db] connection reset by peer`

var lineRE = regexp.MustCompile(`^(\S+)\s+(INFO|WARN|ERROR)\s+\[(\w+)\]\s+(.*)$`)
var reqRE = regexp.MustCompile(`(?P<method>GET|POST|PUT|DELETE) (?P<path>/\S*) (?P<status>\d{3}) (?P<ms>\d+)ms`)

type Entry struct {
	Time, Level, Component, Msg string
}

func main() {
	var entries []Entry
	for i, line := range strings.Split(logs, "\n") {
		m := lineRE.FindStringSubmatch(line)
		if m == nil {
			fmt.Printf("line %d: no match: %q\n", i+1, line)
			continue
		}
		entries = append(entries, Entry{m[1], m[2], m[3], m[4]})
	}
	levels := map[string]int{}
	for _, e := range entries {
		levels[e.Level]++
	}
	fmt.Println(levels)

	total := map[string]int{}
	counts := map[string]int{}
	for _, e := range entries {
		m := reqRE.FindStringSubmatch(e.Msg)
		if m == nil {
			continue
		}
		method := m[reqRE.SubexpIndex("method")]
		ms, _ := strconv.Atoi(m[reqRE.SubexpIndex("ms")])
		total[method] += ms
		counts[method]++
		fmt.Printf("%-4s %-12s status=%s\n", method, m[reqRE.SubexpIndex("path")], m[reqRE.SubexpIndex("status")])
	}
	methods := make([]string, 0, len(total))
	for k := range total {
		methods = append(methods, k)
	}
	sort.Strings(methods)
	for _, k := range methods {
		fmt.Printf("%s avg %.1fms\n", k, float64(total[k])/float64(counts[k]))
	}
	fmt.Println(reqRE.SubexpNames())

	durRE := regexp.MustCompile(`(\d+)ms`)
	fmt.Println(durRE.FindAllString(logs, -1))
	fmt.Println(durRE.FindAllStringSubmatchIndex("a 5ms b 10ms", -1))
	masked := regexp.MustCompile(`/users/\w+`).ReplaceAllString(logs[:120], "/users/:id")
	fmt.Println(masked)
	doubled := durRE.ReplaceAllStringFunc("took 7ms and 9ms", func(s string) string {
		n, _ := strconv.Atoi(strings.TrimSuffix(s, "ms"))
		return strconv.Itoa(n*2) + "ms"
	})
	fmt.Println(doubled)
	fmt.Println(regexp.MustCompile(`(\w+)@(\w+)\.com`).ReplaceAllString("mail bob@example.com now", "$2 at ${1}"))
	fmt.Println(regexp.QuoteMeta("1+1=2?"), regexp.MustCompile(`(?i)error`).MatchString("Some ERROR here"))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	fmt.Printf("%q\n", regexp.MustCompile(`\s*[,;]\s*`).Split("a , b;c ;  d", -1))
	fmt.Println(lineRE.String() == lineRE.String(), lineRE.NumSubexp())
}
