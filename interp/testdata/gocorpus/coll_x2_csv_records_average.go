// Exercises: parsing CSV-like lines by hand with strings.Split and strconv, then aggregating.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const data = `name,subject,score
ann,math,91
bob,math,78
ann,physics,85
cid,math,64
bob,physics,bad
cid,physics,70
ann,art,99`

type stat struct {
	sum, n int
}

func main() {
	lines := strings.Split(data, "\n")
	header := strings.Split(lines[0], ",")
	fmt.Println("columns:", header, len(lines)-1, "rows")
	perStudent := map[string]*stat{}
	perSubject := map[string]*stat{}
	for i, line := range lines[1:] {
		f := strings.Split(line, ",")
		score, err := strconv.Atoi(f[2])
		if err != nil {
			fmt.Printf("row %d skipped: %v\n", i+1, err)
			continue
		}
		for _, m := range []struct {
			agg map[string]*stat
			key string
		}{{perStudent, f[0]}, {perSubject, f[1]}} {
			if m.agg[m.key] == nil {
				m.agg[m.key] = &stat{}
			}
			m.agg[m.key].sum += score
			m.agg[m.key].n++
		}
	}
	for _, agg := range []map[string]*stat{perStudent, perSubject} {
		keys := make([]string, 0, len(agg))
		for k := range agg {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			s := agg[k]
			fmt.Printf("  %-8s n=%d avg=%.2f\n", k, s.n, float64(s.sum)/float64(s.n))
		}
	}
}
