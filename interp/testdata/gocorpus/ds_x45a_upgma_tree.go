package main

import (
	"fmt"
	"math"
	"strings"
)

type Tree interface {
	Newick() string
	Size() int
}

type Leaf struct{ Name string }

type Node struct {
	Left, Right Tree
	Height      float64
	LenL, LenR  float64
}

func (l *Leaf) Newick() string { return l.Name }
func (l *Leaf) Size() int      { return 1 }

func (n *Node) Newick() string {
	return fmt.Sprintf("(%s:%.2f,%s:%.2f)", n.Left.Newick(), n.LenL, n.Right.Newick(), n.LenR)
}
func (n *Node) Size() int { return n.Left.Size() + n.Right.Size() }

func height(t Tree) float64 {
	if n, ok := t.(*Node); ok {
		return n.Height
	}
	return 0
}

func upgma(names []string, d [][]float64) Tree {
	clusters := make([]Tree, len(names))
	for i, n := range names {
		clusters[i] = &Leaf{n}
	}
	dist := make([][]float64, len(d))
	for i := range d {
		dist[i] = append([]float64(nil), d[i]...)
	}
	for len(clusters) > 1 {
		bi, bj, best := 0, 1, math.Inf(1)
		for i := range clusters {
			for j := i + 1; j < len(clusters); j++ {
				if dist[i][j] < best {
					bi, bj, best = i, j, dist[i][j]
				}
			}
		}
		h := best / 2
		a, b := clusters[bi], clusters[bj]
		merged := &Node{Left: a, Right: b, Height: h, LenL: h - height(a), LenR: h - height(b)}
		sa, sb := float64(a.Size()), float64(b.Size())
		row := make([]float64, 0, len(clusters)-1)
		var next []Tree
		var keep []int
		for k := range clusters {
			if k != bi && k != bj {
				next = append(next, clusters[k])
				keep = append(keep, k)
			}
		}
		for _, k := range keep {
			row = append(row, (dist[bi][k]*sa+dist[bj][k]*sb)/(sa+sb))
		}
		nd := make([][]float64, len(keep)+1)
		for x, kx := range keep {
			nd[x] = make([]float64, len(keep)+1)
			for y, ky := range keep {
				nd[x][y] = dist[kx][ky]
			}
			nd[x][len(keep)] = row[x]
		}
		nd[len(keep)] = append(row, 0)
		clusters = append(next, merged)
		dist = nd
	}
	return clusters[0]
}

func main() {
	names := []string{"human", "chimp", "gorilla", "orang", "gibbon"}
	d := [][]float64{
		{0, 2, 6, 10, 9},
		{2, 0, 5, 9, 8},
		{6, 5, 0, 9, 8},
		{10, 9, 9, 0, 5},
		{9, 8, 8, 5, 0},
	}
	fmt.Printf("%-8s%s\n", "", strings.Join(names, "  "))
	for i, row := range d {
		fmt.Printf("%-8s", names[i])
		for j, v := range row {
			fmt.Printf("%*.0f", len(names[j])+2, v)
		}
		fmt.Println()
	}
	t := upgma(names, d)
	fmt.Println(t.Newick() + ";")
	fmt.Printf("leaves=%d root=%T height=%.2f\n", t.Size(), t, height(t))
}
