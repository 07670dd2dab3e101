package main

import (
	"fmt"
	"strings"
)

type OpKind int

const (
	Equal OpKind = iota
	Insert
	Delete
)

func (k OpKind) String() string {
	return [...]string{" ", "+", "-"}[k]
}

type Edit struct {
	Kind OpKind
	Line string
}

func Diff(a, b []string) []Edit {
	n, m := len(a), len(b)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var edits []Edit
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			edits = append(edits, Edit{Equal, a[i]})
			i++
			j++
		case lcs[i+1][j] >= lcs[i][j+1]:
			edits = append(edits, Edit{Delete, a[i]})
			i++
		default:
			edits = append(edits, Edit{Insert, b[j]})
			j++
		}
	}
	for ; i < n; i++ {
		edits = append(edits, Edit{Delete, a[i]})
	}
	for ; j < m; j++ {
		edits = append(edits, Edit{Insert, b[j]})
	}
	return edits
}

type hunk struct {
	aStart, aLen, bStart, bLen int
	edits                      []Edit
}

func Hunks(edits []Edit, ctx int) []hunk {
	var hunks []hunk
	ai, bi := 1, 1
	var cur *hunk
	lastChange := -1
	for idx, e := range edits {
		if e.Kind != Equal {
			if cur == nil || idx-lastChange > 2*ctx {
				if cur != nil {
					cur.edits = append(cur.edits, edits[lastChange+1:lastChange+1+ctx]...)
				}
				start := max(0, idx-ctx)
				h := hunk{aStart: ai - (idx - start), bStart: bi - (idx - start)}
				h.edits = append(h.edits, edits[start:idx]...)
				hunks = append(hunks, h)
				cur = &hunks[len(hunks)-1]
			} else {
				cur.edits = append(cur.edits, edits[lastChange+1:idx]...)
			}
			cur.edits = append(cur.edits, e)
			lastChange = idx
		}
		if e.Kind != Insert {
			ai++
		}
		if e.Kind != Delete {
			bi++
		}
	}
	if cur != nil {
		end := min(len(edits), lastChange+1+ctx)
		cur.edits = append(cur.edits, edits[lastChange+1:end]...)
	}
	for k := range hunks {
		for _, e := range hunks[k].edits {
			if e.Kind != Insert {
				hunks[k].aLen++
			}
			if e.Kind != Delete {
				hunks[k].bLen++
			}
		}
	}
	return hunks
}

func main() {
	a := strings.Split("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\ty := 2\n\tfmt.Println(x)\n}\n// end\n// really", "\n")
	b := strings.Split("package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tx := 1\n\ty := 2\n\tfmt.Fprintln(os.Stdout, x, y)\n}\n// end\n// really", "\n")
	edits := Diff(a, b)
	counts := map[OpKind]int{}
	for _, e := range edits {
		counts[e.Kind]++
	}
	fmt.Println("edits:", len(edits), counts)
	fmt.Println("--- a.go")
	fmt.Println("+++ b.go")
	for _, h := range Hunks(edits, 1) {
		fmt.Printf("@@ -%d,%d +%d,%d @@\n", h.aStart, h.aLen, h.bStart, h.bLen)
		for _, e := range h.edits {
			fmt.Printf("%v%s\n", e.Kind, e.Line)
		}
	}
	fmt.Printf("%+v\n", Diff([]string{"x"}, []string{"y"}))
}
