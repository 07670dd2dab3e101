package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

const data = `x,y
1.0,3.1
2.0,4.9
3.0,7.2
4.0,8.8
5.0,11.1
6.0,13.0
7.0,15.2
8.0,16.8`

type Point struct {
	X, Y float64
}

func parse(s string) ([]Point, error) {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	var pts []Point
	for i, line := range lines[1:] {
		fields := strings.Split(line, ",")
		if len(fields) != 2 {
			return nil, fmt.Errorf("line %d: want 2 fields, got %d", i+2, len(fields))
		}
		x, err := strconv.ParseFloat(fields[0], 64)
		if err != nil {
			return nil, err
		}
		y, err := strconv.ParseFloat(fields[1], 64)
		if err != nil {
			return nil, err
		}
		pts = append(pts, Point{x, y})
	}
	return pts, nil
}

type Model struct {
	W, B float64
}

func (m Model) Predict(x float64) float64 { return m.W*x + m.B }

func (m Model) MSE(pts []Point) float64 {
	var sum float64
	for _, p := range pts {
		d := m.Predict(p.X) - p.Y
		sum += d * d
	}
	return sum / float64(len(pts))
}

func (m *Model) Step(pts []Point, lr float64) {
	var gw, gb float64
	n := float64(len(pts))
	for _, p := range pts {
		err := m.Predict(p.X) - p.Y
		gw += 2 * err * p.X / n
		gb += 2 * err / n
	}
	m.W -= lr * gw
	m.B -= lr * gb
}

func main() {
	pts, err := parse(data)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("loaded %d points\n", len(pts))

	m := Model{}
	lr := 0.01
	for epoch := 0; epoch <= 2000; epoch++ {
		if epoch%250 == 0 {
			fmt.Printf("epoch %4d  loss=%.5f  w=%.4f b=%.4f\n", epoch, m.MSE(pts), m.W, m.B)
		}
		m.Step(pts, lr)
	}

	// closed form for comparison
	var sx, sy, sxx, sxy float64
	for _, p := range pts {
		sx += p.X
		sy += p.Y
		sxx += p.X * p.X
		sxy += p.X * p.Y
	}
	n := float64(len(pts))
	w := (n*sxy - sx*sy) / (n*sxx - sx*sx)
	b := (sy - w*sx) / n
	fmt.Printf("closed form: w=%.4f b=%.4f\n", w, b)
	fmt.Printf("gd vs closed: dw=%.2e db=%.2e\n", math.Abs(w-m.W), math.Abs(b-m.B))
	fmt.Printf("%+v\n", m.Predict(10) > 20)
	for _, x := range []float64{0, 9, 10} {
		fmt.Printf("predict(%g) = %.3f\n", x, m.Predict(x))
	}
}
