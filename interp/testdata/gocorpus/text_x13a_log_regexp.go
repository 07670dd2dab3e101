package main

import (
	"bufio"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

const logs = `2024-03-01 10:00:01 INFO  [auth] user=alice action=login ms=12
2024-03-01 10:00:05 WARN  [db] slow query ms=850 table=orders
2024-03-01 10:01:10 INFO  [auth] user=bob action=login ms=9
2024-03-01 10:02:00 ERROR [api] status=500 path=/checkout ms=1200
garbage line here
2024-03-01 10:02:30 INFO  [auth] user=alice action=logout ms=3
2024-03-01 10:03:00 ERROR [db] deadlock table=orders ms=40
2024-03-01 10:04:00 INFO  [api] status=200 path=/cart ms=33`

var lineRE = regexp.MustCompile(`^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) (\w+)\s+\[(\w+)\] (.*)$`)
var kvRE = regexp.MustCompile(`(\w+)=(\S+)`)

type Entry struct {
	Time, Level, Comp string
	Fields            map[string]string
}

type Stats struct {
	Count   int
	TotalMs int
	MaxMs   int
}

func main() {
	var entries []Entry
	bad := 0
	sc := bufio.NewScanner(strings.NewReader(logs))
	for sc.Scan() {
		m := lineRE.FindStringSubmatch(sc.Text())
		if m == nil {
			bad++
			continue
		}
		e := Entry{Time: m[2], Level: m[3], Comp: m[4], Fields: map[string]string{}}
		for _, kv := range kvRE.FindAllStringSubmatch(m[5], -1) {
			e.Fields[kv[1]] = kv[2]
		}
		entries = append(entries, e)
	}
	fmt.Println("parsed", len(entries), "bad", bad)
	byComp := map[string]*Stats{}
	levels := map[string]int{}
	for _, e := range entries {
		levels[e.Level]++
		st, ok := byComp[e.Comp]
		if !ok {
			st = &Stats{}
			byComp[e.Comp] = st
		}
		ms, _ := strconv.Atoi(e.Fields["ms"])
		st.Count++
		st.TotalMs += ms
		st.MaxMs = max(st.MaxMs, ms)
	}
	fmt.Println(levels)
	comps := make([]string, 0, len(byComp))
	for c := range byComp {
		comps = append(comps, c)
	}
	sort.Strings(comps)
	for _, c := range comps {
		st := byComp[c]
		fmt.Printf("%-5s n=%d avg=%.1fms max=%dms\n", c, st.Count, float64(st.TotalMs)/float64(st.Count), st.MaxMs)
	}
	for _, e := range entries {
		if e.Level == "ERROR" {
			fmt.Println("error at", e.Time, e.Fields)
		}
	}
	users := regexp.MustCompile(`user=(\w+)`).FindAllStringSubmatch(logs, -1)
	seen := map[string]bool{}
	for _, u := range users {
		seen[u[1]] = true
	}
	fmt.Println(seen)
	masked := regexp.MustCompile(`user=\w+`).ReplaceAllStringFunc(logs[:120], func(s string) string {
		return "user=" + strings.Repeat("*", len(s)-5)
	})
	fmt.Println(masked)
	fmt.Println(lineRE.NumSubexp(), kvRE.MatchString("no pairs"), kvRE.FindStringIndex("x a=b"))
}
