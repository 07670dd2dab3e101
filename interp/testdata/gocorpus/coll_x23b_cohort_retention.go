package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
)

type Visit struct {
	User string
	Day  time.Time
}

func week(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%d-W%02d", y, w)
}

func main() {
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	raw := map[string][]int{
		"u1": {0, 1, 8, 15},
		"u2": {2, 9},
		"u3": {7, 8, 22},
		"u4": {10},
		"u5": {14, 15, 16, 21, 28},
		"u6": {1, 20},
	}
	var visits []Visit
	for _, u := range slices.Sorted(maps.Keys(raw)) {
		for _, d := range raw[u] {
			visits = append(visits, Visit{u, start.AddDate(0, 0, d)})
		}
	}
	first := map[string]time.Time{}
	for _, v := range visits {
		if f, ok := first[v.User]; !ok || v.Day.Before(f) {
			first[v.User] = v.Day
		}
	}
	cohorts := map[string]map[int]map[string]bool{}
	for _, v := range visits {
		c := week(first[v.User])
		offset := int(v.Day.Sub(first[v.User]).Hours()/24) / 7
		if cohorts[c] == nil {
			cohorts[c] = map[int]map[string]bool{}
		}
		if cohorts[c][offset] == nil {
			cohorts[c][offset] = map[string]bool{}
		}
		cohorts[c][offset][v.User] = true
	}
	fmt.Printf("%-9s", "cohort")
	for i := 0; i < 4; i++ {
		fmt.Printf(" w%-4d", i)
	}
	fmt.Println()
	for _, c := range slices.Sorted(maps.Keys(cohorts)) {
		size := len(cohorts[c][0])
		var cells []string
		for i := 0; i < 4; i++ {
			cells = append(cells, fmt.Sprintf("%4.0f%%", 100*float64(len(cohorts[c][i]))/float64(size)))
		}
		fmt.Printf("%-9s %s  (n=%d)\n", c, strings.Join(cells, " "), size)
	}
	fmt.Println(cohorts["2024-W01"])
	active := map[string]int{}
	for _, v := range visits {
		active[v.Day.Weekday().String()[:3]]++
	}
	fmt.Println(active)
}
