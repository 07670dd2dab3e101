package main

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
)

const input = `8 5
3 -1 4 1 -5 9 2 -6
1 3
2 5
1 8
4 4
6 8`

func main() {
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Split(bufio.ScanWords)
	readInt := func() int {
		sc.Scan()
		n, _ := strconv.Atoi(sc.Text())
		return n
	}
	n, q := readInt(), readInt()
	a := make([]int64, n)
	pre := make([]int64, n+1)
	for i := range a {
		a[i] = int64(readInt())
		pre[i+1] = pre[i] + a[i]
	}
	w := bufio.NewWriter(new(strings.Builder))
	var out strings.Builder
	w.Reset(&out)
	for ; q > 0; q-- {
		l, r := readInt(), readInt()
		fmt.Fprintf(w, "sum[%d..%d] = %d\n", l, r, pre[r]-pre[l-1])
	}
	w.Flush()
	fmt.Print(out.String())

	// max subarray via prefix minimum
	best, minPre := pre[1], int64(0)
	bl, br, minIdx := 0, 0, 0
	for i := 1; i <= n; i++ {
		if pre[i]-minPre > best {
			best = pre[i] - minPre
			bl, br = minIdx+1, i
		}
		if pre[i] < minPre {
			minPre = pre[i]
			minIdx = i
		}
	}
	fmt.Printf("max subarray %v sum=%d at [%d,%d]\n", a[bl-1:br], best, bl, br)

	// 2D prefix
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	P := make([][]int, 4)
	for i := range P {
		P[i] = make([]int, 4)
	}
	for i := 1; i <= 3; i++ {
		for j := 1; j <= 3; j++ {
			P[i][j] = grid[i-1][j-1] + P[i-1][j] + P[i][j-1] - P[i-1][j-1]
		}
	}
	rect := func(r1, c1, r2, c2 int) int {
		return P[r2][c2] - P[r1-1][c2] - P[r2][c1-1] + P[r1-1][c1-1]
	}
	fmt.Println(rect(1, 1, 3, 3), rect(2, 2, 3, 3), rect(1, 2, 2, 3))
	fmt.Printf("%v\n", P)
}
