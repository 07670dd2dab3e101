package main

import (
	"fmt"
	"strconv"
	"strings"
)

const csvData = `x,y
1.0,3.1
2.0,4.9
3.0,7.2
4.0,8.8
5.0,11.1
6.0,13.0
7.0,14.8
8.0,17.2`

type Point struct{ X, Y float64 }

func parse(s string) ([]Point, error) {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	var pts []Point
	for i, ln := range lines[1:] {
		f := strings.Split(ln, ",")
		if len(f) != 2 {
			return nil, fmt.Errorf("line %d: want 2 fields, got %d", i+2, len(f))
		}
		x, err := strconv.ParseFloat(f[0], 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", i+2, err)
		}
		y, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", i+2, err)
		}
		pts = append(pts, Point{x, y})
	}
	return pts, nil
}

func main() {
	pts, err := parse(csvData)
	if err != nil {
		fmt.Println(err)
		return
	}
	w, b := 0.0, 0.0
	lr := 0.01
	n := float64(len(pts))
	for epoch := 0; epoch < 2000; epoch++ {
		var dw, db, l float64
		for _, p := range pts {
			pred := w*p.X + b
			e := pred - p.Y
			l += e * e
			dw += 2 * e * p.X
			db += 2 * e
		}
		w -= lr * dw / n
		b -= lr * db / n
		if epoch%400 == 0 {
			fmt.Printf("epoch %4d loss=%.4f w=%.4f b=%.4f\n", epoch, l/n, w, b)
		}
	}
	fmt.Printf("final w=%.4f b=%.4f\n", w, b)
	_, err = parse("x,y\n1,2\nthree,4")
	fmt.Println("bad:", err)
	_, err = parse("x,y\n1,2,3")
	fmt.Println("bad:", err)
}
