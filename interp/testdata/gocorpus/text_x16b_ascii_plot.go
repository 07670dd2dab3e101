package main

import (
	"fmt"
	"math"
	"strings"
)

type Series struct {
	Name   string
	Mark   rune
	Values []float64
}

func plot(series []Series, height int) string {
	lo, hi := math.Inf(1), math.Inf(-1)
	width := 0
	for _, s := range series {
		width = max(width, len(s.Values))
		for _, v := range s.Values {
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
	}
	grid := make([][]rune, height)
	for i := range grid {
		grid[i] = []rune(strings.Repeat(" ", width))
	}
	for _, s := range series {
		for x, v := range s.Values {
			y := int(math.Round((v - lo) / (hi - lo) * float64(height-1)))
			row := height - 1 - y
			if grid[row][x] == ' ' {
				grid[row][x] = s.Mark
			} else {
				grid[row][x] = '*'
			}
		}
	}
	var b strings.Builder
	for i, row := range grid {
		label := hi - (hi-lo)*float64(i)/float64(height-1)
		fmt.Fprintf(&b, "%6.3f |%s\n", label, strings.TrimRight(string(row), " "))
	}
	b.WriteString("       +" + strings.Repeat("-", width) + "\n")
	for _, s := range series {
		fmt.Fprintf(&b, "       %c %s\n", s.Mark, s.Name)
	}
	return b.String()
}

func main() {
	var train, val []float64
	for e := range 30 {
		t := 1.0 / (1 + 0.3*float64(e))
		train = append(train, t)
		v := t + 0.002*float64((e-12)*(e-12))*float64(boolInt(e > 12))
		val = append(val, v)
	}
	fmt.Print(plot([]Series{{"train", 'o', train}, {"val", 'x', val}}, 10))
	fmt.Printf("%q\n", []rune("∂L/∂w"))
	fmt.Println(len("∂L/∂w"), strings.ToUpper("loss∂"), strings.Map(func(r rune) rune {
		if r == '∂' {
			return 'd'
		}
		return r
	}, "∂L/∂w"))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
