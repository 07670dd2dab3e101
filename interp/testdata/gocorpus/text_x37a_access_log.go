package main

import (
	"bufio"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

const accessLog = `10.0.0.1 - - [12/Mar/2024:10:15:32 +0000] "GET /index.html HTTP/1.1" 200 5120 0.012
10.0.0.2 - - [12/Mar/2024:10:15:33 +0000] "GET /api/users HTTP/1.1" 200 830 0.145
10.0.0.1 - - [12/Mar/2024:10:16:01 +0000] "POST /api/login HTTP/1.1" 401 120 0.030
10.0.0.3 - - [12/Mar/2024:10:16:45 +0000] "GET /api/users HTTP/1.1" 500 64 1.204
garbage line that does not match
10.0.0.2 - - [12/Mar/2024:10:17:10 +0000] "GET /index.html HTTP/1.1" 304 0 0.002
10.0.0.4 - - [12/Mar/2024:10:18:59 +0000] "DELETE /api/users/7 HTTP/1.1" 204 0 0.088
10.0.0.3 - - [12/Mar/2024:10:19:00 +0000] "GET /api/users HTTP/1.1" 200 845 0.160
`

var lineRE = regexp.MustCompile(`^(\S+) \S+ \S+ \[([^\]]+)\] "(\S+) (\S+) [^"]*" (\d{3}) (\d+) ([\d.]+)$`)

type entry struct {
	IP      string
	When    time.Time
	Method  string
	Path    string
	Status  int
	Bytes   int
	Latency time.Duration
}

func parseLine(line string) (entry, error) {
	m := lineRE.FindStringSubmatch(line)
	if m == nil {
		return entry{}, fmt.Errorf("no match: %q", line)
	}
	t, err := time.Parse("02/Jan/2006:15:04:05 -0700", m[2])
	if err != nil {
		return entry{}, err
	}
	status, _ := strconv.Atoi(m[5])
	n, _ := strconv.Atoi(m[6])
	secs, _ := strconv.ParseFloat(m[7], 64)
	return entry{m[1], t, m[3], m[4], status, n, time.Duration(secs * float64(time.Second))}, nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(accessLog))
	var entries []entry
	lineNo := 0
	for sc.Scan() {
		lineNo++
		e, err := parseLine(sc.Text())
		if err != nil {
			fmt.Printf("line %d: %v\n", lineNo, err)
			continue
		}
		entries = append(entries, e)
	}
	fmt.Println("parsed", len(entries), "entries")

	classes := map[string]int{}
	for _, e := range entries {
		classes[fmt.Sprintf("%dxx", e.Status/100)]++
	}
	fmt.Println("status classes:", classes)

	slices.SortStableFunc(entries, func(a, b entry) int {
		return int(b.Latency - a.Latency)
	})
	fmt.Println("slowest 3:")
	for _, e := range entries[:3] {
		fmt.Printf("  %-7s %-14s %3d %8v %s\n", e.Method, e.Path, e.Status, e.Latency, e.When.Format(time.Kitchen))
	}
	first, last := entries[0].When, entries[0].When
	for _, e := range entries {
		if e.When.Before(first) {
			first = e.When
		}
		if e.When.After(last) {
			last = e.When
		}
	}
	fmt.Println("window:", last.Sub(first), "from", first.Format(time.RFC3339))
	var total time.Duration
	for _, e := range entries {
		total += e.Latency
	}
	fmt.Printf("mean latency: %v\n", (total / time.Duration(len(entries))).Round(time.Millisecond))
}
