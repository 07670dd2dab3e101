package main

import "fmt"

// Lights Out on a 3x3 board solved as a linear system over GF(2).
type Board [3][3]bool

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, on := range row {
			if on {
				s += "#"
			} else {
				s += "."
			}
		}
		s += "\n"
	}
	return s
}

func (b *Board) Press(r, c int) {
	for _, d := range [][2]int{{0, 0}, {1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
		rr, cc := r+d[0], c+d[1]
		if rr >= 0 && rr < 3 && cc >= 0 && cc < 3 {
			b[rr][cc] = !b[rr][cc]
		}
	}
}

func solveGF2(a [][]uint8, rhs []uint8) ([]uint8, bool) {
	n := len(a)
	m := make([][]uint8, n)
	for i := range a {
		m[i] = append(append([]uint8{}, a[i]...), rhs[i])
	}
	row := 0
	where := make([]int, n)
	for i := range where {
		where[i] = -1
	}
	for col := 0; col < n && row < n; col++ {
		sel := -1
		for i := row; i < n; i++ {
			if m[i][col] == 1 {
				sel = i
				break
			}
		}
		if sel < 0 {
			continue
		}
		m[row], m[sel] = m[sel], m[row]
		where[col] = row
		for i := 0; i < n; i++ {
			if i != row && m[i][col] == 1 {
				for j := col; j <= n; j++ {
					m[i][j] ^= m[row][j]
				}
			}
		}
		row++
	}
	x := make([]uint8, n)
	for c, r := range where {
		if r >= 0 {
			x[c] = m[r][n]
		}
	}
	for i := row; i < n; i++ {
		if m[i][n] == 1 {
			return nil, false
		}
	}
	return x, true
}

func main() {
	var start Board
	start[0][0], start[1][1], start[2][1] = true, true, true
	fmt.Print("start:\n", start)
	a := make([][]uint8, 9)
	for p := 0; p < 9; p++ {
		var b Board
		b.Press(p/3, p%3)
		for cell := 0; cell < 9; cell++ {
			if a[cell] == nil {
				a[cell] = make([]uint8, 9)
			}
			if b[cell/3][cell%3] {
				a[cell][p] = 1
			}
		}
	}
	rhs := make([]uint8, 9)
	for cell := 0; cell < 9; cell++ {
		if start[cell/3][cell%3] {
			rhs[cell] = 1
		}
	}
	x, ok := solveGF2(a, rhs)
	fmt.Println("solvable:", ok, "presses:", x)
	b := start
	for p, v := range x {
		if v == 1 {
			b.Press(p/3, p%3)
		}
	}
	fmt.Printf("after:\n%v", b)
	fmt.Println(b == Board{})
}
