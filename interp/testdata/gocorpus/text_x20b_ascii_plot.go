package main

import (
	"fmt"
	"math"
	"strings"
)

type Series struct {
	Name string
	Ys   []float64
	Mark rune
}

func plot(series []Series, height int) string {
	lo, hi := math.Inf(1), math.Inf(-1)
	width := 0
	for _, s := range series {
		for _, y := range s.Ys {
			lo, hi = min(lo, y), max(hi, y)
		}
		width = max(width, len(s.Ys))
	}
	grid := make([][]rune, height)
	for i := range grid {
		grid[i] = []rune(strings.Repeat(" ", width))
	}
	for _, s := range series {
		for x, y := range s.Ys {
			row := int(math.Round((hi - y) / (hi - lo) * float64(height-1)))
			grid[row][x] = s.Mark
		}
	}
	var b strings.Builder
	for i, row := range grid {
		label := hi - (hi-lo)*float64(i)/float64(height-1)
		fmt.Fprintf(&b, "%7.3f |%s|\n", label, string(row))
	}
	b.WriteString("        +" + strings.Repeat("-", width) + "+\n")
	for _, s := range series {
		fmt.Fprintf(&b, "        %c = %s\n", s.Mark, s.Name)
	}
	return b.String()
}

func main() {
	var train, val []float64
	for e := 0; e < 30; e++ {
		t := 2.0 * math.Exp(-float64(e)/6)
		train = append(train, t+0.05)
		v := t + 0.15 + 0.002*math.Pow(float64(e-15), 2)*float64(max(0, e-15))/15
		val = append(val, v)
	}
	fmt.Print(plot([]Series{{"train", train, '*'}, {"val", val, 'o'}}, 10))
	bar := func(label string, v, maxV float64) string {
		n := int(v / maxV * 30)
		return fmt.Sprintf("%-8s %s %.4f", label, strings.Repeat("█", n), v)
	}
	accs := map[string]float64{"logreg": 0.87, "mlp": 0.93, "knn": 0.81}
	for _, k := range []string{"knn", "logreg", "mlp"} {
		fmt.Println(bar(k, accs[k], 1))
	}
	fmt.Println(strings.Map(func(r rune) rune {
		if r == '█' {
			return '#'
		}
		return r
	}, bar("x", 0.5, 1)))
}
