package main

import "fmt"

type AddBias struct {
	b     []float64
	gradB []float64
}

func (a *AddBias) Forward(x [][]float64) [][]float64 {
	out := make([][]float64, len(x))
	for i, row := range x {
		if len(row) != len(a.b) {
			panic(fmt.Errorf("addbias: row %d has %d columns, bias has %d", i, len(row), len(a.b)))
		}
		out[i] = make([]float64, len(row))
		for j := range row {
			out[i][j] = row[j] + a.b[j]
		}
	}
	return out
}

func (a *AddBias) Backward(g [][]float64) [][]float64 {
	a.gradB = make([]float64, len(a.b))
	for _, row := range g {
		for j, v := range row {
			a.gradB[j] += v
		}
	}
	return g
}

func safeForward(a *AddBias, x [][]float64) (out [][]float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	return a.Forward(x), nil
}

func main() {
	layer := &AddBias{b: []float64{0.5, -1, 2}}
	x := [][]float64{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}, {0, 0, 0}}
	y, err := safeForward(layer, x)
	fmt.Println(y, err)
	up := [][]float64{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 1, 1}}
	dx := layer.Backward(up)
	fmt.Println("dx:", dx)
	fmt.Println("db:", layer.gradB)
	// numeric check of db via L = sum(up * y)
	L := func() float64 {
		y := layer.Forward(x)
		s := 0.0
		for i := range y {
			for j := range y[i] {
				s += up[i][j] * y[i][j]
			}
		}
		return s
	}
	for j := range layer.b {
		old := layer.b[j]
		layer.b[j] = old + 1e-4
		lp := L()
		layer.b[j] = old - 1e-4
		lm := L()
		layer.b[j] = old
		fmt.Printf("db[%d] numeric %.4f analytic %.4f\n", j, (lp-lm)/2e-4, layer.gradB[j])
	}
	_, err = safeForward(layer, [][]float64{{1, 2}})
	fmt.Println("error:", err)
	fmt.Printf("%#v\n", layer.b)
}
