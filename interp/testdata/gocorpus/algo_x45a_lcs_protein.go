package main

import (
	"fmt"
	"strings"
)

type Dir uint8

const (
	None Dir = iota
	Diag
	Up
	Left
)

func (d Dir) String() string {
	return [...]string{"·", "↖", "↑", "←"}[d]
}

func lcs(a, b string) (string, [][]Dir) {
	ra, rb := []rune(a), []rune(b)
	L := make([][]int, len(ra)+1)
	D := make([][]Dir, len(ra)+1)
	for i := range L {
		L[i] = make([]int, len(rb)+1)
		D[i] = make([]Dir, len(rb)+1)
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			switch {
			case ra[i-1] == rb[j-1]:
				L[i][j] = L[i-1][j-1] + 1
				D[i][j] = Diag
			case L[i-1][j] >= L[i][j-1]:
				L[i][j] = L[i-1][j]
				D[i][j] = Up
			default:
				L[i][j] = L[i][j-1]
				D[i][j] = Left
			}
		}
	}
	var out []rune
	for i, j := len(ra), len(rb); i > 0 && j > 0; {
		switch D[i][j] {
		case Diag:
			out = append([]rune{ra[i-1]}, out...)
			i, j = i-1, j-1
		case Up:
			i--
		default:
			j--
		}
	}
	return string(out), D
}

func main() {
	a, b := "MKVLAT", "MVKLT"
	s, dirs := lcs(a, b)
	fmt.Printf("lcs(%s, %s) = %s (len %d)\n", a, b, s, len(s))
	fmt.Println("    " + strings.Join(strings.Split(b, ""), " "))
	for i, row := range dirs[1:] {
		fmt.Printf("%c  ", a[i])
		for _, d := range row[1:] {
			fmt.Printf("%v ", d)
		}
		fmt.Println()
	}
	pairs := [][2]string{{"HEAGAWGHEE", "PAWHEAE"}, {"αβγδ", "βδε"}, {"", "X"}}
	for _, p := range pairs {
		r, _ := lcs(p[0], p[1])
		fmt.Printf("%-12q %-10q -> %q\n", p[0], p[1], r)
	}
	fmt.Printf("%v %d %s %x\n", Diag, Left, Up, None)
}
