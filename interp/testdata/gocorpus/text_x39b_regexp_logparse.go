package main

import (
	"bufio"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

const logs = `2024-03-01T10:00:01Z INFO  [api] GET /users/42 200 12ms
2024-03-01T10:00:02Z WARN  [api] GET /users/9999 404 3ms
2024-03-01T10:00:02Z INFO  [auth] login user=alice ip=10.0.0.7
2024-03-01T10:00:03Z ERROR [api] POST /orders 500 250ms
this line is garbage
2024-03-01T10:00:04Z INFO  [api] GET /users/7 200 8ms
2024-03-01T10:00:05Z INFO  [auth] login user=bob ip=10.0.0.9
2024-03-01T10:00:06Z ERROR [db] timeout after 5000ms query="SELECT * FROM t"
`

var lineRE = regexp.MustCompile(`^(?P<ts>\S+)\s+(?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\]\s+(?P<msg>.*)$`)
var reqRE = regexp.MustCompile(`(GET|POST|PUT|DELETE) (\S+) (\d{3}) (\d+)ms`)
var kvRE = regexp.MustCompile(`(\w+)=("[^"]*"|\S+)`)
var idRE = regexp.MustCompile(`/\d+`)

func main() {
	sc := bufio.NewScanner(strings.NewReader(logs))
	levels := map[string]int{}
	var latencies []int
	routes := map[string]int{}
	lineNo := 0
	for sc.Scan() {
		lineNo++
		m := lineRE.FindStringSubmatch(sc.Text())
		if m == nil {
			fmt.Printf("line %d: unparsable %q\n", lineNo, sc.Text())
			continue
		}
		rec := map[string]string{}
		for i, name := range lineRE.SubexpNames() {
			if name != "" {
				rec[name] = m[i]
			}
		}
		levels[rec["level"]]++
		if r := reqRE.FindStringSubmatch(rec["msg"]); r != nil {
			ms, _ := strconv.Atoi(r[4])
			latencies = append(latencies, ms)
			route := r[1] + " " + idRE.ReplaceAllString(r[2], "/:id")
			routes[route]++
		}
		if kvs := kvRE.FindAllStringSubmatch(rec["msg"], -1); len(kvs) > 0 {
			parts := make([]string, len(kvs))
			for i, kv := range kvs {
				parts[i] = kv[1] + "->" + strings.Trim(kv[2], `"`)
			}
			fmt.Printf("%s %s: %s\n", rec["comp"], rec["level"], strings.Join(parts, ", "))
		}
	}
	fmt.Println(levels)
	sort.Ints(latencies)
	fmt.Println("latencies:", latencies, "p50:", latencies[len(latencies)/2])
	fmt.Println(routes)
	masked := regexp.MustCompile(`ip=(\d+)\.(\d+)\.\d+\.\d+`).ReplaceAllString(logs, "ip=$1.$2.x.x")
	fmt.Println(strings.Count(masked, ".x.x"))
	upper := regexp.MustCompile(`\[(\w+)\]`).ReplaceAllStringFunc("[api] and [db]", strings.ToUpper)
	fmt.Println(upper, idRE.MatchString("/a/1"), idRE.FindAllStringIndex("/1/22/x/333", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`\s*,\s*`).Split("a , b,c ,  d", -1))
}
