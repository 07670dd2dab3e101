package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

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

func parseSize(s string) (int64, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for suffix, m := range map[string]int64{"K": 1 << 10, "M": 1 << 20, "G": 1 << 30} {
		if strings.HasSuffix(s, suffix) {
			mult = m
			s = strings.TrimSuffix(s, suffix)
			break
		}
	}
	n, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("parse size: %w", err)
	}
	return int64(n * float64(mult)), nil
}

func progressBar(done, total, width int) string {
	filled := done * width / total
	return "[" + strings.Repeat("=", filled) + strings.Repeat(" ", width-filled) + "]"
}

func main() {
	for _, n := range []int64{0, 512, 1024, 1536, 1 << 20, 5*1<<30 + 1<<29, math.MaxInt64} {
		fmt.Printf("%20d = %s\n", n, humanBytes(n))
	}
	for _, s := range []string{"10k", "1.5M", " 2g", "abc", "42"} {
		n, err := parseSize(s)
		fmt.Printf("%-6q -> %d %v\n", s, n, err)
	}
	total := 1234
	for _, done := range []int{0, 300, 617, 1234} {
		pct := float64(done) / float64(total) * 100
		fmt.Printf("%s %5.1f%% %*d/%d\n", progressBar(done, total, 20), pct, 4, done, total)
	}
	durs := []time.Duration{1500 * time.Microsecond, 90 * time.Second, 26*time.Hour + 3*time.Minute, -2 * time.Second}
	for _, d := range durs {
		fmt.Printf("%-12v %10.3fs %q\n", d, d.Seconds(), d.Round(time.Minute).String())
	}
	fmt.Printf("%e %E %g %G %.3g\n", 123456.789, 0.000123, 1e21, 1e-7, math.Pi)
	fmt.Printf("%U %c %#U %x % x %X\n", 'ß', 0x1F600, 'G', "go", "hi!", []byte{1, 171})
	fmt.Printf("%08.3f|%-8.2f|%+d|%o|%#o|%#x|%b\n", -3.14159, 2.5, 42, 64, 8, 255, 10)
	fmt.Printf("%t %v %5t\n", true, nil, false)
	fmt.Printf("%-*s|%*s|\n", 8, "left", 8, "right")
	fmt.Println(strconv.FormatInt(-255, 16), strconv.Quote("tab\there"), strconv.QuoteToASCII("café"))
}
