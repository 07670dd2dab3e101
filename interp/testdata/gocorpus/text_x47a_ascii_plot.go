package main

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

func plot(vals []float64, height int) string {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, v := range vals {
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	grid := make([][]rune, height)
	for r := range grid {
		grid[r] = []rune(strings.Repeat(" ", len(vals)))
	}
	for c, v := range vals {
		r := int(math.Round((hi - v) / (hi - lo) * float64(height-1)))
		grid[r][c] = '●'
		for rr := r + 1; rr < height; rr++ {
			grid[rr][c] = '│'
		}
	}
	var buf bytes.Buffer
	for r, row := range grid {
		label := hi - (hi-lo)*float64(r)/float64(height-1)
		b := strconv.AppendFloat(nil, label, 'f', 3, 64)
		buf.WriteString(fmt.Sprintf("%7s ┤", b))
		buf.WriteString(string(row))
		buf.WriteByte('\n')
	}
	buf.WriteString(strings.Repeat(" ", 8) + "└" + strings.Repeat("─", len(vals)) + "\n")
	return buf.String()
}

func main() {
	w := 3.0
	var losses []float64
	for i := 0; i < 24; i++ {
		l := (w-0.5)*(w-0.5) + 0.1
		losses = append(losses, l)
		w -= 0.12 * 2 * (w - 0.5)
	}
	out := plot(losses, 8)
	fmt.Print(out)
	fmt.Println("bytes:", len(out), "runes:", utf8.RuneCountInString(out))
	first := strings.SplitN(out, "\n", 2)[0]
	fmt.Printf("%q\n", first)
	for i, r := range "┤●" {
		fmt.Println(i, string(r), r)
	}
	spark := []rune("▁▂▃▄▅▆▇█")
	var sb strings.Builder
	for _, l := range losses {
		idx := int(l / losses[0] * float64(len(spark)-1))
		sb.WriteRune(spark[idx])
	}
	fmt.Println(sb.String())
}
