package main

import (
	"errors"
	"fmt"
	"io"
)

type Example struct {
	X     []float64
	Label int
}

type Dataset interface {
	Len() int
	Get(i int) Example
}

type Iterator interface {
	Next() (Example, error)
}

type slice []Example

func (s slice) Len() int          { return len(s) }
func (s slice) Get(i int) Example { return s[i] }

type mapped struct {
	Dataset
	f func(Example) Example
}

func (m mapped) Get(i int) Example { return m.f(m.Dataset.Get(i)) }

type loader struct {
	ds    Dataset
	batch int
	pos   int
}

func (l *loader) NextBatch() ([]Example, error) {
	if l.pos >= l.ds.Len() {
		return nil, io.EOF
	}
	end := min(l.pos+l.batch, l.ds.Len())
	out := make([]Example, 0, end-l.pos)
	for i := l.pos; i < end; i++ {
		out = append(out, l.ds.Get(i))
	}
	l.pos = end
	return out, nil
}

func main() {
	var raw slice
	for i := range 7 {
		raw = append(raw, Example{X: []float64{float64(i), float64(i * i)}, Label: i % 2})
	}
	norm := mapped{raw, func(e Example) Example {
		return Example{X: []float64{e.X[0] / 6, e.X[1] / 36}, Label: e.Label}
	}}
	var ds Dataset = norm
	fmt.Println("len", ds.Len(), "first", ds.Get(1))
	l := &loader{ds: ds, batch: 3}
	for n := 0; ; n++ {
		b, err := l.NextBatch()
		if errors.Is(err, io.EOF) {
			fmt.Println("done after", n, "batches")
			break
		}
		sum := 0.0
		labels := []int{}
		for _, e := range b {
			sum += e.X[0] + e.X[1]
			labels = append(labels, e.Label)
		}
		fmt.Printf("batch %d size %d labels %v sum %.4f\n", n, len(b), labels, sum)
	}
	_, isSlice := ds.(slice)
	m, isMapped := ds.(mapped)
	fmt.Println(isSlice, isMapped, m.Len())
	var it Iterator
	fmt.Println(it == nil)
}
