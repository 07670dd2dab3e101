package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

const logText = `2024-03-01 12:00:01 INFO user=alice action=login ip=10.0.0.1
2024-03-01 12:05:13 WARN user=bob action=upload size=12MB ip=10.0.0.7
2024-03-01 12:07:44 ERROR user=alice action=delete ip=10.0.0.1 err="permission denied"
2024-03-02 09:15:00 INFO user=carol action=login ip=192.168.1.20
malformed line here
2024-03-02 09:20:31 ERROR user=bob action=login ip=10.0.0.7 err="bad password"`

var (
	lineRe = regexp.MustCompile(`^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+) (?P<rest>.*)$`)
	kvRe   = regexp.MustCompile(`(\w+)=("[^"]*"|\S+)`)
	ipRe   = regexp.MustCompile(`\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b`)
)

func main() {
	levels := map[string]int{}
	users := map[string][]string{}
	for i, line := range strings.Split(logText, "\n") {
		m := lineRe.FindStringSubmatch(line)
		if m == nil {
			fmt.Printf("line %d: no match: %q\n", i+1, line)
			continue
		}
		level := m[lineRe.SubexpIndex("level")]
		levels[level]++
		fields := map[string]string{}
		for _, kv := range kvRe.FindAllStringSubmatch(m[lineRe.SubexpIndex("rest")], -1) {
			fields[kv[1]] = strings.Trim(kv[2], `"`)
		}
		users[fields["user"]] = append(users[fields["user"]], fields["action"])
		if e, ok := fields["err"]; ok {
			fmt.Printf("%s %s: %s (%s)\n", m[1], fields["user"], e, level)
		}
	}
	fmt.Println(levels)
	names := make([]string, 0, len(users))
	for u := range users {
		names = append(names, u)
	}
	sort.Strings(names)
	for _, u := range names {
		fmt.Printf("%-6s %v\n", u, users[u])
	}
	ips := ipRe.FindAllString(logText, -1)
	fmt.Println(len(ips), ips[:3])
	masked := ipRe.ReplaceAllString(logText[:120], "$1.$2.x.x")
	fmt.Println(masked)
	fmt.Println(lineRe.SubexpNames())
	idx := kvRe.FindStringIndex("foo bar=baz")
	fmt.Println(idx, kvRe.MatchString("nothing"), kvRe.NumSubexp())
}
