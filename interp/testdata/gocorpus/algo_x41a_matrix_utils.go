package main

import (
	"fmt"
	"strconv"
	"strings"
)

type M [][]float64

func parse(s string) (M, error) {
	var m M
	for ln, line := range strings.Split(strings.TrimSpace(s), "\n") {
		fields := strings.Fields(line)
		row := make([]float64, 0, len(fields))
		for _, f := range fields {
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", ln+1, err)
			}
			row = append(row, v)
		}
		if len(m) > 0 && len(row) != len(m[0]) {
			return nil, fmt.Errorf("line %d: ragged row (%d vs %d)", ln+1, len(row), len(m[0]))
		}
		m = append(m, row)
	}
	return m, nil
}

func (m M) T() M {
	out := make(M, len(m[0]))
	for j := range out {
		out[j] = make([]float64, len(m))
		for i := range m {
			out[j][i] = m[i][j]
		}
	}
	return out
}

func (m M) Mul(n M) M {
	out := make(M, len(m))
	for i := range m {
		out[i] = make([]float64, len(n[0]))
		for j := range n[0] {
			for k := range n {
				out[i][j] += m[i][k] * n[k][j]
			}
		}
	}
	return out
}

func (m M) String() string {
	var sb strings.Builder
	for _, r := range m {
		strs := make([]string, len(r))
		for i, v := range r {
			strs[i] = strconv.FormatFloat(v, 'f', -1, 64)
		}
		sb.WriteString("[" + strings.Join(strs, " ") + "]\n")
	}
	return sb.String()
}

func main() {
	X, err := parse(`
1 2
3 4
5 6`)
	if err != nil {
		panic(err)
	}
	dY, _ := parse("0.5 -1\n1 0\n-0.25 2")
	W, _ := parse("1 0.5\n-1 2")
	// Y = X W  =>  dW = X^T dY, dX = dY W^T
	fmt.Print("Y =\n", X.Mul(W))
	fmt.Print("dW =\n", X.T().Mul(dY))
	fmt.Print("dX =\n", dY.Mul(W.T()))
	_, err = parse("1 2\n3")
	fmt.Println("err:", err)
	_, err = parse("1 x")
	fmt.Println("err:", err)
	fmt.Println(strconv.Quote("w\t1"), strconv.Itoa(-42), strconv.FormatFloat(1.0/3, 'e', 3, 64))
	b, _ := strconv.ParseBool("true")
	n, err := strconv.Atoi("12a")
	fmt.Println(b, n, err)
}
