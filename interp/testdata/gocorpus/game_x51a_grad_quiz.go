package main

import (
	"fmt"
	"math"
	"strings"
)

type Question struct {
	Expr   string
	F      func(float64) float64
	Answer func(float64) float64
	Guess  func(float64) float64
}

func main() {
	qs := []Question{
		{"x^3", func(x float64) float64 { return x * x * x },
			func(x float64) float64 { return 3 * x * x },
			func(x float64) float64 { return 3 * x * x }},
		{"sin(2x)", func(x float64) float64 { return math.Sin(2 * x) },
			func(x float64) float64 { return 2 * math.Cos(2*x) },
			func(x float64) float64 { return math.Cos(2 * x) }},
		{"exp(-x^2)", func(x float64) float64 { return math.Exp(-x * x) },
			func(x float64) float64 { return -2 * x * math.Exp(-x*x) },
			func(x float64) float64 { return -2 * x * math.Exp(-x*x) }},
		{"log(1+x^2)", func(x float64) float64 { return math.Log(1 + x*x) },
			func(x float64) float64 { return 2 * x / (1 + x*x) },
			func(x float64) float64 { return 1 / (1 + x*x) }},
	}
	points := []float64{-1, 0.5, 2}
	score := 0
	var wrong []string
	for n, q := range qs {
		correct := true
		for _, x := range points {
			num := (q.F(x+1e-6) - q.F(x-1e-6)) / 2e-6
			if math.Abs(q.Guess(x)-num) > 1e-5 {
				correct = false
				break
			}
		}
		mark := "✗"
		if correct {
			mark = "✓"
			score++
		} else {
			wrong = append(wrong, q.Expr)
		}
		fmt.Printf("Q%d d/dx %-12s %s  (true f'(1) = %.4f)\n", n+1, q.Expr, mark, q.Answer(1))
	}
	fmt.Printf("score %d/%d = %.0f%%\n", score, len(qs), 100*float64(score)/float64(len(qs)))
	fmt.Printf("review: %q\n", wrong)
	fmt.Println(strings.Repeat("=", 20))
	grade := map[bool]string{true: "pass", false: "retry"}
	fmt.Println(grade[score*2 >= len(qs)])
}
