package main

import (
	"bufio"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

const accessLog = `10.0.0.1 - - [12/Mar/2024:10:00:01 +0000] "GET /index.html HTTP/1.1" 200 512 0.003
10.0.0.2 - ann [12/Mar/2024:10:00:02 +0000] "POST /api/login HTTP/1.1" 401 64 0.120
10.0.0.1 - - [12/Mar/2024:10:00:03 +0000] "GET /api/items?page=2 HTTP/1.1" 200 2048 0.045
garbage line here
10.0.0.3 - bob [12/Mar/2024:10:00:04 +0000] "GET /index.html HTTP/1.1" 304 0 0.001
10.0.0.2 - ann [12/Mar/2024:10:00:05 +0000] "POST /api/login HTTP/1.1" 200 128 0.210
10.0.0.4 - - [12/Mar/2024:10:00:06 +0000] "DELETE /api/items/7 HTTP/1.1" 500 32 1.500
`

var lineRE = regexp.MustCompile(`^(?P<ip>\S+) \S+ (?P<user>\S+) \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>[^ ?"]+)(?:\?[^ "]*)? [^"]*" (?P<status>\d{3}) (?P<bytes>\d+) (?P<dur>[\d.]+)$`)

type hit struct {
	ip, user, method, path string
	status, bytes          int
	dur                    float64
}

func parse(line string) (hit, bool) {
	m := lineRE.FindStringSubmatch(line)
	if m == nil {
		return hit{}, false
	}
	get := func(name string) string { return m[lineRE.SubexpIndex(name)] }
	st, _ := strconv.Atoi(get("status"))
	by, _ := strconv.Atoi(get("bytes"))
	d, _ := strconv.ParseFloat(get("dur"), 64)
	return hit{get("ip"), get("user"), get("method"), get("path"), st, by, d}, true
}

func main() {
	var hits []hit
	bad := 0
	sc := bufio.NewScanner(strings.NewReader(accessLog))
	for sc.Scan() {
		h, ok := parse(sc.Text())
		if !ok {
			bad++
			continue
		}
		hits = append(hits, h)
	}
	fmt.Println("parsed", len(hits), "bad", bad)
	byClass := map[string]int{}
	paths := map[string][]float64{}
	users := map[string]bool{}
	for _, h := range hits {
		byClass[fmt.Sprintf("%dxx", h.status/100)]++
		paths[h.method+" "+h.path] = append(paths[h.method+" "+h.path], h.dur)
		if h.user != "-" {
			users[h.user] = true
		}
	}
	fmt.Println(byClass)
	keys := make([]string, 0, len(paths))
	for k := range paths {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(paths[keys[i]]) != len(paths[keys[j]]) {
			return len(paths[keys[i]]) > len(paths[keys[j]])
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		ds := paths[k]
		worst := ds[0]
		for _, d := range ds {
			worst = max(worst, d)
		}
		fmt.Printf("%-22s n=%d worst=%.3fs\n", k, len(ds), worst)
	}
	fmt.Println(users, lineRE.NumSubexp(), lineRE.SubexpNames()[1:4])
	redact := regexp.MustCompile(`\d+\.\d+\.\d+\.(\d+)`)
	fmt.Println(redact.ReplaceAllString("from 10.0.0.42 and 192.168.1.7", "x.x.x.$1"))
	fmt.Println(regexp.MustCompile(`a+b*`).FindAllStringIndex("aab ab b aaa", -1))
}
