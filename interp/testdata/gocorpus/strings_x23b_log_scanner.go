package main

import (
	"bufio"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"
)

const logs = `2024-03-01T10:00:01Z INFO  api  GET /users 200 12ms
2024-03-01T10:00:02Z WARN  api  GET /orders 429 3ms
2024-03-01T10:00:05Z ERROR db   query timeout after 5s
2024-03-01T10:01:00Z INFO  api  POST /orders 201 48ms
malformed line here
2024-03-01T10:01:30Z INFO  api  GET /users 200 9ms
2024-03-01T10:02:00Z ERROR api  GET /orders 500 120ms
`

var lineRE = regexp.MustCompile(`^(\S+) (\w+)\s+(\w+)\s+(.*)$`)
var reqRE = regexp.MustCompile(`^(GET|POST) (\S+) (\d{3}) (\d+ms)$`)

type Stat struct {
	Count int
	Total time.Duration
	Codes map[string]int
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(logs))
	levels := map[string]int{}
	stats := map[string]*Stat{}
	var first, last time.Time
	n := 0
	for sc.Scan() {
		n++
		m := lineRE.FindStringSubmatch(sc.Text())
		if m == nil {
			fmt.Printf("line %d: unparsed %q\n", n, sc.Text())
			continue
		}
		ts, err := time.Parse(time.RFC3339, m[1])
		if err != nil {
			fmt.Println(err)
			continue
		}
		if first.IsZero() {
			first = ts
		}
		last = ts
		levels[m[2]]++
		if r := reqRE.FindStringSubmatch(m[4]); r != nil {
			key := r[1] + " " + r[2]
			s := stats[key]
			if s == nil {
				s = &Stat{Codes: map[string]int{}}
				stats[key] = s
			}
			d, _ := time.ParseDuration(r[4])
			s.Count++
			s.Total += d
			s.Codes[r[3]]++
		}
	}
	fmt.Println(levels, last.Sub(first))
	keys := make([]string, 0, len(stats))
	for k := range stats {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if stats[keys[i]].Count != stats[keys[j]].Count {
			return stats[keys[i]].Count > stats[keys[j]].Count
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		s := stats[k]
		fmt.Printf("%-12s n=%d avg=%v codes=%v\n", k, s.Count, s.Total/time.Duration(s.Count), s.Codes)
	}
	fmt.Println(reqRE.ReplaceAllString("GET /x 404 1ms", "$1:$3"), lineRE.NumSubexp())
	words := bufio.NewScanner(strings.NewReader("alpha  beta\ngamma"))
	words.Split(bufio.ScanWords)
	cnt := 0
	for words.Scan() {
		cnt++
	}
	fmt.Println("words", cnt)
}
