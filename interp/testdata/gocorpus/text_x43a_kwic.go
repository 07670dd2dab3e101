package main

import (
	"fmt"
	"sort"
	"strings"
)

type Occurrence struct {
	Word   string
	Line   int
	Before string
	After  string
}

type byWord []Occurrence

func (b byWord) Len() int      { return len(b) }
func (b byWord) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b byWord) Less(i, j int) bool {
	if b[i].Word != b[j].Word {
		return b[i].Word < b[j].Word
	}
	return b[i].Line < b[j].Line
}

type byLineDesc struct{ byWord }

func (b byLineDesc) Less(i, j int) bool { return b.byWord[i].Line > b.byWord[j].Line }

var titles = []string{
	"The Old Man and the Sea",
	"A Tale of Two Cities",
	"The Man in the High Castle",
	"Of Mice and Men",
	"The Sea Wolf",
}

var ignore = map[string]bool{"the": true, "a": true, "of": true, "and": true, "in": true}

func main() {
	var occ []Occurrence
	for n, t := range titles {
		ws := strings.Fields(t)
		for i, w := range ws {
			lw := strings.ToLower(w)
			if ignore[lw] {
				continue
			}
			occ = append(occ, Occurrence{
				Word:   lw,
				Line:   n + 1,
				Before: strings.Join(ws[:i], " "),
				After:  strings.Join(ws[i:], " "),
			})
		}
	}
	sort.Sort(byWord(occ))
	for _, o := range occ {
		before := o.Before
		if len(before) > 18 {
			before = "..." + before[len(before)-15:]
		}
		fmt.Printf("%18s  %-28s (%d)\n", before, o.After, o.Line)
	}
	sort.Stable(byLineDesc{byWord(occ)})
	fmt.Println(occ[0].Line, occ[len(occ)-1].Line, occ[0].Word)
	sort.Sort(sort.Reverse(byWord(occ)))
	fmt.Printf("%+v\n", occ[0])
	idx := sort.Search(len(occ), func(i int) bool { return occ[i].Word <= "man" })
	fmt.Println("search:", idx, occ[idx].Word, sort.IsSorted(byWord(occ)))
}
