// Exercises: transposing puzzle rows into columns of bytes, 90-degree rotations on [][]int and on fixed [3][3]int arrays (value copies), in-place layer rotation, equality of arrays with ==
package main

import "fmt"

const N = 3

func rotArr(a [N][N]int) [N][N]int {
	var b [N][N]int
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			b[j][N-1-i] = a[i][j]
		}
	}
	return b
}

func columns(rows []string) []string {
	cols := make([]string, len(rows[0]))
	for c := range cols {
		col := make([]byte, 0, len(rows))
		for _, r := range rows {
			col = append(col, r[c])
		}
		cols[c] = string(col)
	}
	return cols
}

func rotateInPlace(m [][]int) {
	n := len(m)
	for layer := 0; layer < n/2; layer++ {
		first, last := layer, n-1-layer
		for i := first; i < last; i++ {
			off := i - first
			top := m[first][i]
			m[first][i] = m[last-off][first]
			m[last-off][first] = m[last][last-off]
			m[last][last-off] = m[i][last]
			m[i][last] = top
		}
	}
}

func main() {
	a := [N][N]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	b := a
	r := a
	for k := 0; k < 4; k++ {
		r = rotArr(r)
		if k == 0 {
			fmt.Println(r)
		}
	}
	b[0][0] = 100
	fmt.Println(r == a, a[0][0], b[0][0])
	fmt.Printf("%q\n", columns([]string{"#..#", ".##.", "...#"}))
	sq := [][]int{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}, {13, 14, 15, 16}}
	rotateInPlace(sq)
	fmt.Println(sq)
}
