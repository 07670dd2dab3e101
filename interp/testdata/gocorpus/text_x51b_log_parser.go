package main

import (
	"bufio"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

const accessLog = `2024-04-01T10:00:01Z GET /api/orders 200 12ms user=ann
2024-04-01T10:00:02Z POST /api/orders 201 45ms user=bob
2024-04-01T10:00:03Z GET /api/orders/17 404 3ms user=ann
garbage line here
2024-04-01T10:00:05Z GET /api/products 200 8ms user=cy
2024-04-01T10:00:06Z DELETE /api/orders/9 500 120ms user=bob
2024-04-01T10:00:07Z GET /api/orders 200 15ms user=cy
`

var lineRE = regexp.MustCompile(`^(\S+) (GET|POST|PUT|DELETE) (\S+) (\d{3}) (\d+)ms user=(\w+)$`)
var idRE = regexp.MustCompile(`/\d+`)

type stat struct {
	count   int
	totalMs int
	errors  int
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(accessLog))
	stats := map[string]*stat{}
	users := map[string]int{}
	lineNo := 0
	for sc.Scan() {
		lineNo++
		m := lineRE.FindStringSubmatch(sc.Text())
		if m == nil {
			fmt.Printf("line %d: unparsable %q\n", lineNo, sc.Text())
			continue
		}
		route := m[2] + " " + idRE.ReplaceAllString(m[3], "/:id")
		code, _ := strconv.Atoi(m[4])
		ms, _ := strconv.Atoi(m[5])
		s := stats[route]
		if s == nil {
			s = &stat{}
			stats[route] = s
		}
		s.count++
		s.totalMs += ms
		if code >= 400 {
			s.errors++
		}
		users[m[6]]++
	}
	routes := make([]string, 0, len(stats))
	for r := range stats {
		routes = append(routes, r)
	}
	sort.Strings(routes)
	for _, r := range routes {
		s := stats[r]
		fmt.Printf("%-24s n=%d avg=%5.1fms err=%.0f%%\n", r, s.count, float64(s.totalMs)/float64(s.count), 100*float64(s.errors)/float64(s.count))
	}
	fmt.Println(users)
	words := strings.FieldsFunc("ann,bob;;cy , dee", func(r rune) bool { return r == ',' || r == ';' || r == ' ' })
	fmt.Printf("%q %d\n", words, len(words))
	fmt.Println(strings.Title("order report"), strings.Map(func(r rune) rune {
		if r == '-' {
			return -1
		}
		return r
	}, "2024-04-01"))
}
