package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Limiter interface {
	Allow(key string, now time.Time) bool
}

type SlidingWindow struct {
	Window time.Duration
	Limit  int
	hits   map[string][]time.Time
}

func (s *SlidingWindow) Allow(key string, now time.Time) bool {
	if s.hits == nil {
		s.hits = make(map[string][]time.Time)
	}
	cutoff := now.Add(-s.Window)
	h := s.hits[key]
	i := sort.Search(len(h), func(i int) bool { return h[i].After(cutoff) })
	h = h[i:]
	if len(h) >= s.Limit {
		s.hits[key] = h
		return false
	}
	s.hits[key] = append(h, now)
	return true
}

type FixedWindow struct {
	Size   time.Duration
	Limit  int
	counts map[string]map[int64]int
}

func (f *FixedWindow) Allow(key string, now time.Time) bool {
	if f.counts == nil {
		f.counts = map[string]map[int64]int{}
	}
	bucket := now.UnixNano() / int64(f.Size)
	m := f.counts[key]
	if m == nil {
		m = map[int64]int{}
		f.counts[key] = m
	}
	if m[bucket] >= f.Limit {
		return false
	}
	m[bucket]++
	return true
}

func main() {
	start := time.Unix(1_700_000_000, 0).UTC()
	offsets := []int{0, 100, 200, 900, 950, 1050, 1100, 1999, 2000, 2001, 2950, 3000}
	limiters := []struct {
		name string
		l    Limiter
	}{
		{"sliding", &SlidingWindow{Window: time.Second, Limit: 3}},
		{"fixed", &FixedWindow{Size: time.Second, Limit: 3}},
	}
	for _, lim := range limiters {
		var sb strings.Builder
		allowed := 0
		for i, ms := range offsets {
			key := "u1"
			if i%4 == 3 {
				key = "u2"
			}
			now := start.Add(time.Duration(ms) * time.Millisecond)
			ok := lim.l.Allow(key, now)
			if ok {
				allowed++
				sb.WriteByte('+')
			} else {
				sb.WriteByte('-')
			}
		}
		fmt.Printf("%-8s %s allowed=%d\n", lim.name, sb.String(), allowed)
	}
	sw := limiters[0].l.(*SlidingWindow)
	for _, k := range []string{"u1", "u2"} {
		var ts []string
		for _, t := range sw.hits[k] {
			ts = append(ts, t.Sub(start).String())
		}
		fmt.Println(k, ts)
	}
	fw := limiters[1].l.(*FixedWindow)
	fmt.Println(len(fw.counts["u1"]), fw.counts["u2"])
}
