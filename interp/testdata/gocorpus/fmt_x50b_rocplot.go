package main

import (
	"fmt"
	"sort"
	"strings"
)

type Point struct{ FPR, TPR float64 }

func roc(scores []float64, pos []bool) []Point {
	type sp struct {
		s float64
		p bool
	}
	xs := make([]sp, len(scores))
	P, N := 0, 0
	for i := range scores {
		xs[i] = sp{scores[i], pos[i]}
		if pos[i] {
			P++
		} else {
			N++
		}
	}
	sort.SliceStable(xs, func(i, j int) bool { return xs[i].s > xs[j].s })
	pts := []Point{{0, 0}}
	tp, fp := 0, 0
	for i, x := range xs {
		if x.p {
			tp++
		} else {
			fp++
		}
		if i == len(xs)-1 || xs[i+1].s != x.s {
			pts = append(pts, Point{float64(fp) / float64(N), float64(tp) / float64(P)})
		}
	}
	return pts
}

func plot(pts []Point, size int) string {
	grid := make([][]byte, size+1)
	for i := range grid {
		grid[i] = []byte(strings.Repeat(".", size+1))
		grid[i][i] = '/'
	}
	for _, p := range pts {
		x := int(p.FPR*float64(size) + 0.5)
		y := size - int(p.TPR*float64(size)+0.5)
		grid[y][x] = '*'
	}
	var sb strings.Builder
	for i, row := range grid {
		fmt.Fprintf(&sb, "%4.1f |%s\n", 1-float64(i)/float64(size), row)
	}
	sb.WriteString("     +" + strings.Repeat("-", size+1) + "\n")
	return sb.String()
}

func main() {
	scores := []float64{0.9, 0.8, 0.8, 0.7, 0.6, 0.55, 0.5, 0.4, 0.3, 0.2}
	pos := []bool{true, true, false, true, false, true, false, false, true, false}
	pts := roc(scores, pos)
	auc := 0.0
	for i := 1; i < len(pts); i++ {
		auc += (pts[i].FPR - pts[i-1].FPR) * (pts[i].TPR + pts[i-1].TPR) / 2
	}
	for _, p := range pts {
		fmt.Printf("(%.1f, %.1f) ", p.FPR, p.TPR)
	}
	fmt.Println()
	fmt.Print(plot(pts, 10))
	fmt.Printf("AUC=%.3f  %v\n", auc, pts[len(pts)/2])
}
