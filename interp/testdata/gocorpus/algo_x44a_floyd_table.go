package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

const INF = 1 << 30

type Matrix [][]int

func NewMatrix(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]int, n)
		for j := range m[i] {
			if i != j {
				m[i][j] = INF
			}
		}
	}
	return m
}

func (m Matrix) FloydWarshall() (Matrix, [][]int) {
	n := len(m)
	d := make(Matrix, n)
	next := make([][]int, n)
	for i := range m {
		d[i] = append([]int(nil), m[i]...)
		next[i] = make([]int, n)
		for j := range next[i] {
			next[i][j] = -1
			if m[i][j] < INF {
				next[i][j] = j
			}
		}
	}
	for k := 0; k < n; k++ {
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if d[i][k]+d[k][j] < d[i][j] {
					d[i][j] = d[i][k] + d[k][j]
					next[i][j] = next[i][k]
				}
			}
		}
	}
	return d, next
}

func route(next [][]int, u, v int, names []string) string {
	if next[u][v] == -1 {
		return "-"
	}
	parts := []string{names[u]}
	for u != v {
		u = next[u][v]
		parts = append(parts, names[u])
	}
	return strings.Join(parts, ">")
}

func main() {
	names := []string{"Ams", "Ber", "Cph", "Dub", "Edi"}
	m := NewMatrix(len(names))
	links := []struct {
		a, b, w int
	}{{0, 1, 6}, {1, 2, 4}, {0, 3, 2}, {3, 4, 1}, {4, 2, 9}, {2, 0, 3}, {1, 4, 5}}
	for _, l := range links {
		m[l.a][l.b] = l.w
	}
	d, next := m.FloydWarshall()
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprint(tw, "\t")
	for _, n := range names {
		fmt.Fprintf(tw, "%s\t", n)
	}
	fmt.Fprintln(tw)
	for i, row := range d {
		fmt.Fprintf(tw, "%s\t", names[i])
		for _, v := range row {
			if v >= INF {
				fmt.Fprint(tw, "inf\t")
			} else {
				fmt.Fprintf(tw, "%d\t", v)
			}
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	for _, q := range [][2]int{{0, 2}, {3, 1}, {2, 4}, {4, 1}} {
		fmt.Printf("%s -> %s: %s\n", names[q[0]], names[q[1]], route(next, q[0], q[1], names))
	}
}
