// Exercises: a program declaring functions, variables and a type named like the notebook's preloaded packages (display, mat, datasets, autodiff, plotting), which it does not import
package main

import "fmt"

type plotting struct{ title string }

var datasets = []string{"iris", "spiral"}

func display(m [][]float64) {
	for _, row := range m {
		fmt.Println(row)
	}
}

func mat(rows, cols int) [][]float64 {
	m := make([][]float64, rows)
	for i := range m {
		m[i] = make([]float64, cols)
		m[i][i%cols] = 1
	}
	return m
}

func main() {
	autodiff := func(x float64) float64 { return 2 * x }
	display(mat(2, 3))
	p := plotting{"loss"}
	fmt.Println(datasets, autodiff(1.5), p.title)
	fmt.Printf("%T %v\n", p, len(datasets))
}
