package main

import (
	"fmt"
	"sort"
	"strings"
)

func attractor(r float64, warm, keep int) []float64 {
	x := 0.5
	for i := 0; i < warm; i++ {
		x = r * x * (1 - x)
	}
	seen := map[string]float64{}
	for i := 0; i < keep; i++ {
		x = r * x * (1 - x)
		seen[fmt.Sprintf("%.4f", x)] = x
	}
	out := make([]float64, 0, len(seen))
	for _, v := range seen {
		out = append(out, v)
	}
	sort.Float64s(out)
	return out
}

func main() {
	fmt.Printf("%-5s %-7s %s\n", "r", "period", "values")
	for _, r := range []float64{2.8, 3.2, 3.5, 3.55, 3.83, 3.9} {
		pts := attractor(r, 1000, 64)
		period := fmt.Sprint(len(pts))
		if len(pts) > 16 {
			period = "chaos"
		}
		vals := make([]string, 0, 4)
		for i, p := range pts {
			if i == 4 {
				vals = append(vals, "...")
				break
			}
			vals = append(vals, fmt.Sprintf("%.4f", p))
		}
		fmt.Printf("%-5.2f %-7s %s\n", r, period, strings.Join(vals, " "))
	}

	// bifurcation diagram in ASCII
	const cols, rows = 60, 16
	canvas := make([][]byte, rows)
	for i := range canvas {
		canvas[i] = []byte(strings.Repeat(" ", cols))
	}
	for c := 0; c < cols; c++ {
		r := 2.8 + 1.2*float64(c)/float64(cols-1)
		for _, x := range attractor(r, 300, 100) {
			row := rows - 1 - int(x*float64(rows-1)+0.5)
			canvas[row][c] = '*'
		}
	}
	for _, line := range canvas {
		fmt.Println("|" + string(line))
	}
	fmt.Println("+" + strings.Repeat("-", cols))
}
