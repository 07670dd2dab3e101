// Exercises: student surprises with arrays as values: updates on a copy, arrays as map keys, == on arrays and structs
package main

import "fmt"

type Weights [3]float64

func step(w Weights, g Weights, lr float64) {
	for i := range w {
		w[i] -= lr * g[i] // updates the copy
	}
}

func stepPtr(w *Weights, g Weights, lr float64) {
	for i := range w {
		w[i] -= lr * g[i]
	}
}

type Cell struct{ R, C int }

func main() {
	w := Weights{1, 1, 1}
	g := Weights{1, 2, 3}
	step(w, g, 0.1)
	fmt.Println(w)
	stepPtr(&w, g, 0.1)
	fmt.Printf("%.2f\n", w)
	snapshot := w
	w[0] = 100
	fmt.Println(snapshot[0], w[0], snapshot == w)
	visits := map[Cell]int{}
	for _, c := range []Cell{{0, 0}, {1, 2}, {0, 0}} {
		visits[c]++
	}
	fmt.Println(visits[Cell{0, 0}], len(visits), Cell{1, 2} == Cell{R: 1, C: 2})
	grid := [2][2]int{{1, 2}, {3, 4}}
	row := grid[0]
	row[0] = 9
	fmt.Println(grid, row)
	seen := map[[2]int]bool{{1, 2}: true}
	fmt.Println(seen[[2]int{1, 2}], seen[[2]int{2, 1}])
}
