package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

const logs = `2024-01-01T10:00:00 INFO server started port=8080
2024-01-01T10:00:01 DEBUG conn accepted from 10.0.0.1
2024-01-01T10:00:02 WARN slow request path=/api/users ms=512
2024-01-01T10:00:03 ERROR db timeout
  at db.Query (db.go:41)
  at main.handler (main.go:88)
2024-01-01T10:00:04 INFO request path=/api/users ms=12
2024-01-01T10:00:05 ERROR panic recovered
  at main.handler (main.go:90)
2024-01-01T10:00:06 INFO request path=/health ms=1
`

type Entry struct {
	Time, Level, Msg string
	Stack            []string
	Fields           map[string]string
}

func parse(s string) []Entry {
	var out []Entry
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") && len(out) > 0 {
			last := &out[len(out)-1]
			last.Stack = append(last.Stack, strings.TrimSpace(line))
			continue
		}
		parts := strings.SplitN(line, " ", 3)
		if len(parts) < 3 {
			continue
		}
		e := Entry{Time: parts[0], Level: parts[1], Fields: map[string]string{}}
		var msg []string
		for _, w := range strings.Fields(parts[2]) {
			if k, v, ok := strings.Cut(w, "="); ok {
				e.Fields[k] = v
			} else {
				msg = append(msg, w)
			}
		}
		e.Msg = strings.Join(msg, " ")
		out = append(out, e)
	}
	return out
}

func main() {
	entries := parse(logs)
	counts := map[string]int{}
	for _, e := range entries {
		counts[e.Level]++
	}
	fmt.Println("counts:", counts)
	levels := make([]string, 0, len(counts))
	for l := range counts {
		levels = append(levels, l)
	}
	sort.Slice(levels, func(i, j int) bool {
		if counts[levels[i]] != counts[levels[j]] {
			return counts[levels[i]] > counts[levels[j]]
		}
		return levels[i] < levels[j]
	})
	for _, l := range levels {
		fmt.Printf("%-6s %s\n", l, strings.Repeat("#", counts[l]))
	}
	for _, e := range entries {
		if e.Level == "ERROR" {
			fmt.Printf("%s %s (%d frames)\n", e.Time[11:], e.Msg, len(e.Stack))
			for i, f := range e.Stack {
				fmt.Printf("   #%d %s\n", i, f)
			}
		}
	}
	paths := map[string][]string{}
	for _, e := range entries {
		if p, ok := e.Fields["path"]; ok {
			paths[p] = append(paths[p], e.Fields["ms"])
		}
	}
	fmt.Println(paths)
	fmt.Printf("%+v\n", entries[0])
}
