package main

import (
	"fmt"
	"iter"
	"strings"
)

type Example struct {
	Features []float64
	Label    int
}

type Dataset interface {
	Len() int
	Get(i int) Example
}

type SliceDataset []Example

func (s SliceDataset) Len() int          { return len(s) }
func (s SliceDataset) Get(i int) Example { return s[i] }

type MappedDataset struct {
	Dataset
	fn func(Example) Example
}

func (m MappedDataset) Get(i int) Example { return m.fn(m.Dataset.Get(i)) }

type Subset struct {
	Dataset
	idx []int
}

func (s Subset) Len() int          { return len(s.idx) }
func (s Subset) Get(i int) Example { return s.Dataset.Get(s.idx[i]) }

func Batches(d Dataset, size int) iter.Seq2[int, []Example] {
	return func(yield func(int, []Example) bool) {
		b := 0
		for start := 0; start < d.Len(); start += size {
			end := min(start+size, d.Len())
			batch := make([]Example, 0, end-start)
			for i := start; i < end; i++ {
				batch = append(batch, d.Get(i))
			}
			if !yield(b, batch) {
				return
			}
			b++
		}
	}
}

func describe(d Dataset) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%T len=%d", d, d.Len())
	return sb.String()
}

func main() {
	var base SliceDataset
	for i := 0; i < 7; i++ {
		base = append(base, Example{[]float64{float64(i), float64(i * i)}, i % 2})
	}
	scaled := MappedDataset{base, func(e Example) Example {
		f := make([]float64, len(e.Features))
		for i, v := range e.Features {
			f[i] = v / 10
		}
		return Example{f, e.Label}
	}}
	odd := Subset{scaled, []int{1, 3, 5}}
	for _, d := range []Dataset{base, scaled, odd} {
		fmt.Println(describe(d))
	}
	for b, batch := range Batches(scaled, 3) {
		sum := 0.0
		labels := []int{}
		for _, e := range batch {
			sum += e.Features[1]
			labels = append(labels, e.Label)
		}
		fmt.Printf("batch %d n=%d sum=%.4f labels=%v\n", b, len(batch), sum, labels)
	}
	for b, batch := range Batches(odd, 2) {
		fmt.Println(b, batch)
		if b == 0 {
			break
		}
	}
	var d Dataset = odd
	if _, ok := d.(interface{ Get(int) Example }); ok {
		fmt.Println("has Get", d.Get(2).Features)
	}
}
