// Exercises: notebook order: a type declared first, helpers using it, its methods declared further down, a type used before its declaration
package main

import (
	"fmt"
	"strings"
)

type Dataset struct {
	Name string
	X    [][]float64
	Y    []int
	meta Meta
}

func load() Dataset {
	ds := Dataset{Name: "toy", meta: Meta{"2024", 2}}
	for i := 0; i < 6; i++ {
		ds.X = append(ds.X, []float64{float64(i), float64(i * i)})
		ds.Y = append(ds.Y, i%2)
	}
	return ds
}

func describe(d Dataset) string {
	return fmt.Sprintf("%s: %d rows, balance %.2f, %v", d.Name, d.Len(), d.Balance(), d.meta)
}

func (d Dataset) Len() int { return len(d.Y) }

func (d Dataset) Balance() float64 {
	pos := 0
	for _, y := range d.Y {
		pos += y
	}
	return float64(pos) / float64(d.Len())
}

func (d *Dataset) Split(frac float64) (Dataset, Dataset) {
	n := int(frac * float64(d.Len()))
	return Dataset{d.Name + "-train", d.X[:n], d.Y[:n], d.meta},
		Dataset{d.Name + "-test", d.X[n:], d.Y[n:], d.meta}
}

type Meta struct {
	Year     string
	Features int
}

func (m Meta) String() string { return strings.Repeat("*", m.Features) + m.Year }

func main() {
	ds := load()
	fmt.Println(describe(ds))
	tr, te := ds.Split(0.67)
	fmt.Println(describe(tr))
	fmt.Println(describe(te), te.X)
}
