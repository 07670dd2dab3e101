// Exercises: confusion matrix, precision/recall/F1, iota enum with String as map key and in a switch, %-10s tables
package main

import "fmt"

type Class int

const (
	Cat Class = iota
	Dog
	Bird
	numClasses
)

func (c Class) String() string {
	switch c {
	case Cat:
		return "cat"
	case Dog:
		return "dog"
	case Bird:
		return "bird"
	}
	return fmt.Sprintf("Class(%d)", int(c))
}

type Confusion [numClasses][numClasses]int

func (m *Confusion) Add(truth, pred Class) { m[truth][pred]++ }

func (m Confusion) Scores(c Class) (p, r, f1 float64) {
	tp := float64(m[c][c])
	var colSum, rowSum float64
	for k := Class(0); k < numClasses; k++ {
		colSum += float64(m[k][c])
		rowSum += float64(m[c][k])
	}
	if colSum > 0 {
		p = tp / colSum
	}
	if rowSum > 0 {
		r = tp / rowSum
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return
}

func main() {
	truth := []Class{Cat, Cat, Dog, Dog, Dog, Bird, Bird, Cat, Dog, Bird}
	pred := []Class{Cat, Dog, Dog, Dog, Cat, Bird, Cat, Cat, Dog, Bird}
	var m Confusion
	support := map[Class]int{}
	for i := range truth {
		m.Add(truth[i], pred[i])
		support[truth[i]]++
	}
	fmt.Printf("%-6s %9s %9s %9s %7s\n", "class", "precision", "recall", "f1", "support")
	for c := Cat; c < numClasses; c++ {
		p, r, f := m.Scores(c)
		fmt.Printf("%-6s %9.3f %9.3f %9.3f %7d\n", c, p, r, f, support[c])
	}
	fmt.Println(support, m, Class(7))
	fmt.Printf("%v %d %s %q\n", Dog, Dog, Bird, Cat)
}
