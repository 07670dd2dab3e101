package main

import (
	"fmt"
	"strings"
	"time"
)

type event struct {
	at   time.Time
	user string
}

func makeLimiter(limit int, window time.Duration) func(user string, at time.Time) bool {
	hits := map[string][]time.Time{}
	return func(user string, at time.Time) bool {
		cut := at.Add(-window)
		kept := hits[user][:0]
		for _, t := range hits[user] {
			if t.After(cut) {
				kept = append(kept, t)
			}
		}
		if len(kept) >= limit {
			hits[user] = kept
			return false
		}
		hits[user] = append(kept, at)
		return true
	}
}

func bucketer(size time.Duration) (add func(time.Time), report func() string) {
	counts := map[time.Time]int{}
	var order []time.Time
	add = func(t time.Time) {
		b := t.Truncate(size)
		if _, ok := counts[b]; !ok {
			order = append(order, b)
		}
		counts[b]++
	}
	report = func() string {
		var sb strings.Builder
		for _, b := range order {
			fmt.Fprintf(&sb, "%s %-6s %d\n", b.Format("15:04:05"), strings.Repeat("*", counts[b]), counts[b])
		}
		return sb.String()
	}
	return
}

func main() {
	base := time.Date(2024, 1, 15, 12, 0, 0, 0, time.UTC)
	offsets := []struct {
		ms   int
		user string
	}{
		{0, "a"}, {200, "a"}, {300, "b"}, {900, "a"}, {1100, "a"},
		{1500, "b"}, {2100, "a"}, {2150, "a"}, {2200, "a"}, {2900, "c"},
		{3050, "a"}, {3100, "b"}, {4999, "a"}, {5000, "a"},
	}
	var events []event
	for _, o := range offsets {
		events = append(events, event{base.Add(time.Duration(o.ms) * time.Millisecond), o.user})
	}

	allow := makeLimiter(3, 2*time.Second)
	add, report := bucketer(time.Second)
	denied := map[string]int{}
	for _, e := range events {
		ok := allow(e.user, e.at)
		mark := "ok"
		if !ok {
			mark = "DENY"
			denied[e.user]++
		} else {
			add(e.at)
		}
		fmt.Printf("%s +%-6v %s %s\n", e.at.Format("15:04:05.000"), e.at.Sub(base), e.user, mark)
	}
	fmt.Print(report())
	fmt.Println("denied:", denied)

	var counters []func() int
	for _, name := range []string{"x", "y", "z"} {
		n := 0
		counters = append(counters, func() int {
			n += len(name)
			return n
		})
	}
	for i := 0; i < 2; i++ {
		for _, c := range counters {
			fmt.Print(c(), " ")
		}
	}
	fmt.Println()
}
