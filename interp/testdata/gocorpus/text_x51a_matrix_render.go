package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

func render(w *bufio.Writer, title string, m [][]float64, prec int) {
	cells := make([][]string, len(m))
	width := 0
	for i, r := range m {
		cells[i] = make([]string, len(r))
		for j, v := range r {
			s := strconv.FormatFloat(v, 'f', prec, 64)
			cells[i][j] = s
			width = max(width, utf8.RuneCountInString(s))
		}
	}
	fmt.Fprintf(w, "%s (%d×%d)\n", title, len(m), len(m[0]))
	for i, r := range cells {
		left, right := "│", "│"
		switch {
		case len(m) == 1:
			left, right = "[", "]"
		case i == 0:
			left, right = "┌", "┐"
		case i == len(m)-1:
			left, right = "└", "┘"
		}
		padded := make([]string, len(r))
		for j, c := range r {
			padded[j] = strings.Repeat(" ", width-len(c)) + c
		}
		fmt.Fprintln(w, left, strings.Join(padded, "  "), right)
	}
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	x := [][]float64{{1, -2, 0.5}}
	W := [][]float64{{0.1, 0.2}, {-0.3, 0.4}, {0.5, -0.6}}
	y := [][]float64{{0, 0}}
	for j := range y[0] {
		for k := range x[0] {
			y[0][j] += x[0][k] * W[k][j]
		}
	}
	render(w, "x", x, 1)
	render(w, "W", W, 2)
	render(w, "y = xW", y, 3)
	// dy_j/dW_kj = x_k : the Jacobian wrt W columns
	J := make([][]float64, len(W))
	for k := range W {
		J[k] = []float64{x[0][k], x[0][k]}
	}
	render(w, "dy/dW", J, 1)
	fields := strings.Fields(" 0.25  -1e-3 abc 7 ")
	for _, f := range fields {
		v, err := strconv.ParseFloat(f, 64)
		fmt.Fprintf(w, "%q -> %v %v\n", f, v, err)
	}
}
