package main

import (
	"fmt"
	"sort"
)

type entry struct {
	col int
	val float64
}

type Sparse struct {
	n    int
	rows map[int][]entry
}

func NewSparse(n int) *Sparse { return &Sparse{n: n, rows: map[int][]entry{}} }

func (s *Sparse) Set(i, j int, v float64) {
	row := s.rows[i]
	k := sort.Search(len(row), func(k int) bool { return row[k].col >= j })
	if k < len(row) && row[k].col == j {
		row[k].val = v
		return
	}
	row = append(row, entry{})
	copy(row[k+1:], row[k:])
	row[k] = entry{j, v}
	s.rows[i] = row
}

func (s *Sparse) MulVec(x []float64) []float64 {
	y := make([]float64, s.n)
	for i, row := range s.rows {
		for _, e := range row {
			y[i] += e.val * x[e.col]
		}
	}
	return y
}

func (s *Sparse) NNZ() int {
	n := 0
	for _, r := range s.rows {
		n += len(r)
	}
	return n
}

func (s *Sparse) Dense() {
	for i := 0; i < s.n; i++ {
		line := make([]float64, s.n)
		for _, e := range s.rows[i] {
			line[e.col] = e.val
		}
		for _, v := range line {
			if v == 0 {
				fmt.Printf("%6s", ".")
			} else {
				fmt.Printf("%6.1f", v)
			}
		}
		fmt.Println()
	}
}

func main() {
	n := 6
	s := NewSparse(n)
	for i := 0; i < n; i++ {
		s.Set(i, i, 2)
		if i > 0 {
			s.Set(i, i-1, -1)
		}
		if i < n-1 {
			s.Set(i, i+1, -1)
		}
	}
	s.Set(0, 5, 0.5)
	s.Set(0, 0, 3)
	s.Dense()
	fmt.Println("nnz:", s.NNZ())
	x := make([]float64, n)
	for i := range x {
		x[i] = float64(i + 1)
	}
	fmt.Printf("A*x = %v\n", s.MulVec(x))
	fmt.Println(s.rows[0])
	fmt.Printf("%+v\n", s.rows[5])
}
