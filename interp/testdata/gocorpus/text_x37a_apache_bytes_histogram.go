package main

import (
	"bufio"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
)

const logText = `2024-11-02T10:00:03Z GET /img/logo.png 200 18211 3ms
2024-11-02T10:00:04Z GET /index.html 200 5123 12ms
2024-11-02T10:01:19Z GET /video/intro.mp4 206 1048576 340ms
2024-11-02T10:02:00Z GET /api/items?page=2 200 2291 45ms
2024-11-02T10:02:01Z GET /api/items?page=3 200 2288 51ms
2024-11-02T10:05:55Z GET /img/banner.jpg 200 204800 80ms
2024-11-02T10:06:30Z HEAD /index.html 200 0 1ms
2024-11-02T10:09:12Z GET /download/report.pdf 200 3500000 1.2s
2024-11-02T10:14:40Z GET /favicon.ico 404 162 2ms
2024-11-02T10:15:00Z POST /api/items 201 97 120ms`

func humanBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}

func main() {
	buckets := map[int]int{}
	bytesPer := map[string]int64{}
	var durations []time.Duration
	var total int64
	var first, last time.Time
	sc := bufio.NewScanner(strings.NewReader(logText))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		ts, err := time.Parse(time.RFC3339, f[0])
		if err != nil {
			fmt.Println("bad time:", err)
			continue
		}
		if first.IsZero() {
			first = ts
		}
		last = ts
		n, _ := strconv.ParseInt(f[4], 10, 64)
		d, _ := time.ParseDuration(f[5])
		durations = append(durations, d)
		total += n
		b := 0
		if n > 0 {
			b = int(math.Log10(float64(n)))
		}
		buckets[b]++
		path := f[2]
		if i := strings.IndexByte(path, '?'); i >= 0 {
			path = path[:i]
		}
		ext := "(none)"
		if dot := strings.LastIndexByte(path, '.'); dot >= 0 {
			ext = path[dot:]
		}
		bytesPer[ext] += n
	}
	fmt.Println("size histogram (log10 bytes):")
	for b := 0; b <= 6; b++ {
		fmt.Printf("  10^%d %-6s|%s\n", b, fmt.Sprintf("(%d)", buckets[b]), strings.Repeat("█", buckets[b]))
	}
	exts := make([]string, 0, len(bytesPer))
	for e := range bytesPer {
		exts = append(exts, e)
	}
	sort.Slice(exts, func(i, j int) bool { return bytesPer[exts[i]] > bytesPer[exts[j]] })
	for _, e := range exts {
		fmt.Printf("%-7s %10s %6.2f%%\n", e, humanBytes(bytesPer[e]), 100*float64(bytesPer[e])/float64(total))
	}
	sort.Slice(durations, func(i, j int) bool { return durations[i] < durations[j] })
	p := func(q float64) time.Duration { return durations[int(q*float64(len(durations)-1))] }
	fmt.Printf("latency p50=%v p90=%v max=%v\n", p(0.5), p(0.9), durations[len(durations)-1])
	span := last.Sub(first)
	fmt.Printf("total %s over %v = %s/s\n", humanBytes(total), span, humanBytes(int64(float64(total)/span.Seconds())))
	fmt.Println(humanBytes(1<<40), humanBytes(1023), humanBytes(1536))
}
