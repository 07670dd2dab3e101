package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type coord struct{ r, c int }

type Sparse struct {
	rows, cols int
	cells      map[coord]float64
}

var ErrShape = errors.New("shape mismatch")

func NewSparse(r, c int) *Sparse {
	return &Sparse{rows: r, cols: c, cells: map[coord]float64{}}
}

func (m *Sparse) Set(r, c int, v float64) {
	if r < 0 || r >= m.rows || c < 0 || c >= m.cols {
		panic(fmt.Sprintf("index (%d,%d) out of bounds %dx%d", r, c, m.rows, m.cols))
	}
	if v == 0 {
		delete(m.cells, coord{r, c})
		return
	}
	m.cells[coord{r, c}] = v
}

func (m *Sparse) At(r, c int) float64 { return m.cells[coord{r, c}] }

func (m *Sparse) Mul(o *Sparse) (*Sparse, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	res := NewSparse(m.rows, o.cols)
	for a, va := range m.cells {
		for b, vb := range o.cells {
			if a.c == b.r {
				k := coord{a.r, b.c}
				res.cells[k] += va * vb
			}
		}
	}
	for k, v := range res.cells {
		if v == 0 {
			delete(res.cells, k)
		}
	}
	return res, nil
}

func (m *Sparse) Transpose() *Sparse {
	t := NewSparse(m.cols, m.rows)
	for k, v := range m.cells {
		t.cells[coord{k.c, k.r}] = v
	}
	return t
}

func (m *Sparse) Entries() []string {
	keys := make([]coord, 0, len(m.cells))
	for k := range m.cells {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].r != keys[j].r {
			return keys[i].r < keys[j].r
		}
		return keys[i].c < keys[j].c
	})
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = fmt.Sprintf("(%d,%d)=%g", k.r, k.c, m.cells[k])
	}
	return out
}

func (m *Sparse) String() string {
	var sb strings.Builder
	for r := 0; r < m.rows; r++ {
		for c := 0; c < m.cols; c++ {
			fmt.Fprintf(&sb, "%6.1f", m.At(r, c))
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func safeSet(m *Sparse, r, c int, v float64) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("recovered: %v", p)
		}
	}()
	m.Set(r, c, v)
	return nil
}

func main() {
	a := NewSparse(3, 4)
	a.Set(0, 0, 1)
	a.Set(0, 3, 2)
	a.Set(1, 1, 3)
	a.Set(2, 2, -1.5)
	fmt.Print(a)
	fmt.Println(a.Entries(), "nnz", len(a.cells))
	at := a.Transpose()
	p, err := a.Mul(at)
	fmt.Println(err)
	fmt.Print(p)
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	a.Set(1, 1, 0)
	fmt.Println(a.Entries())
	fmt.Println(safeSet(a, 5, 0, 1))
	fmt.Println(safeSet(a, 2, 3, 4), a.At(2, 3))
	fmt.Printf("%v\n", a.cells)
}
